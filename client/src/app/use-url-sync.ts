import { useEffect } from 'react';
import { readSharedView, writeSharedView } from '../view/url-state';
import { useViewStore } from '../view/view-store';

/** Opens the view a link describes; call once before the app first renders. */
export const restoreSharedView = (): void =>
  useViewStore.setState(readSharedView(window.location.search));

/**
 * Keeps the address bar in step with the view (selection, trace or paths, filters, focus,
 * layout), so a copied link reopens the same view.
 */
export const useUrlSync = (): void => {
  useEffect(
    () =>
      useViewStore.subscribe((state) => {
        const search = writeSharedView(window.location.search, state);
        if (search !== window.location.search) {
          window.history.replaceState(
            null,
            '',
            `${window.location.pathname}${search}${window.location.hash}`,
          );
        }
      }),
    [],
  );
};
