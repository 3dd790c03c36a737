import { useEffect } from 'react';
import { readSharedView, writeSharedView } from './url-state';
import { useViewStore } from './view-store';

/**
 * Keeps the address bar in step with the selection and trace, so a copied link reopens the
 * same view, and restores that view when the page opens.
 */
export const useUrlSync = (): void => {
  useEffect(() => {
    const shared = readSharedView(window.location.search);
    useViewStore.setState({ selection: shared.selection, trace: shared.trace });
    return useViewStore.subscribe((state) => {
      const search = writeSharedView(window.location.search, state);
      if (search !== window.location.search) {
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
      }
    });
  }, []);
};
