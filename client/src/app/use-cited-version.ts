import { useEffect } from 'react';
import { useMetaQuery } from '../api/queries';
import { useViewStore } from '../view/view-store';

/**
 * Has the view's link cite a data version: the one its link was made on, or, for a view
 * opened without one, the version loaded now, once it is known.
 */
export const useCitedVersion = (): void => {
  const current = useMetaQuery().data?.dataVersion ?? null;
  const cited = useViewStore((state) => state.dataVersion);
  const citeVersion = useViewStore((state) => state.citeVersion);
  useEffect(() => {
    if (cited === null && current !== null) citeVersion(current);
  }, [cited, current, citeVersion]);
};
