import { useEffect } from 'react';
import { useMetaQuery } from '../api/queries';
import { useViewStore } from '../view/view-store';

type ViewState = ReturnType<typeof useViewStore.getState>;

/** What the view shows, as far as a citation goes: not where the camera is or what is open. */
const shownBy = (state: ViewState) =>
  JSON.stringify([
    state.selection,
    state.trace,
    state.paths,
    state.basisScope,
    state.filters,
    state.focus,
    state.onlyChain,
    state.pins,
    state.layout,
  ]);

/**
 * Keeps the address bar citing a data version: for a view opened without one, the version
 * shown, once it is known; for a link made on another version, that version until the view
 * changes (so a reload still says what changed since), then the version shown.
 */
export const useCitedVersion = (): void => {
  const current = useMetaQuery().data?.dataVersion ?? null;
  const cited = useViewStore((state) => state.dataVersion);
  const citeVersion = useViewStore((state) => state.citeVersion);
  useEffect(() => {
    if (current === null || cited === current) return;
    if (cited === null) {
      citeVersion(current);
      return;
    }
    const opened = shownBy(useViewStore.getState());
    const unsubscribe = useViewStore.subscribe((state) => {
      if (state.dataVersion === current || shownBy(state) === opened) return;
      unsubscribe();
      state.citeVersion(current);
    });
    return unsubscribe;
  }, [cited, current, citeVersion]);
};
