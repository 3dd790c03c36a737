import { useEffect, type RefObject } from 'react';

/** A request to move keyboard focus somewhere once it can, and its answer. */
export interface FocusRequest {
  readonly requested: boolean;
  readonly done: () => void;
}

/**
 * Moves keyboard focus to `ref` when asked and `ready` (e.g. once the details it heads have
 * loaded), then reports the request done.
 */
export const useFocusRequest = (
  ref: RefObject<HTMLElement | null>,
  request: FocusRequest | undefined,
  ready: boolean,
): void => {
  const requested = request?.requested ?? false;
  const done = request?.done;
  useEffect(() => {
    if (!requested || !ready || !ref.current) return;
    ref.current.focus();
    done?.();
  }, [ref, requested, ready, done]);
};
