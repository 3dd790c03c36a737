import { useEffect } from 'react';
import { readSharedView, writeSharedView, type SharedView } from '../view/url-state';
import { useViewStore } from '../view/view-store';

/**
 * Changes of place (what is selected, traced or found) closer together than this make one
 * history entry, so that moving through nodes with the arrow keys does not flood history.
 */
const MERGE_MS = 500;

/** Opens the view a link describes; call once before the app first renders. */
export const restoreSharedView = (): void => {
  const shared = readSharedView(window.location.search);
  useViewStore.setState({ ...shared, linkVersion: shared.dataVersion });
};

/** Where the person is: what Back and Forward step through. */
const placeOf = ({ selection, trace, paths }: SharedView) =>
  JSON.stringify([selection, trace, paths?.to ? paths : null]);

/**
 * Keeps the address bar in step with the view (selection, trace or paths, filters, focus,
 * layout), so a copied link reopens the same view. A new place is a new history entry, so
 * Back and Forward step through selections, traces and paths; other changes update the
 * entry in place. Back and Forward reopen the view their entry describes.
 */
export const useUrlSync = (): void => {
  useEffect(() => {
    let place = placeOf(useViewStore.getState());
    let placeChanged = -Infinity;
    const unsubscribe = useViewStore.subscribe((state) => {
      const search = writeSharedView(window.location.search, state);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const nextPlace = placeOf(state);
      const now = performance.now();
      if (nextPlace !== place && now - placeChanged > MERGE_MS) {
        window.history.pushState(null, '', url);
      } else {
        window.history.replaceState(null, '', url);
      }
      if (nextPlace !== place) placeChanged = now;
      place = nextPlace;
    });
    const onPopState = () => {
      const shared = readSharedView(window.location.search);
      place = placeOf(shared);
      // After stepping through history, the next new place is an entry of its own.
      placeChanged = -Infinity;
      useViewStore.setState({ ...shared, sourceView: null });
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
};
