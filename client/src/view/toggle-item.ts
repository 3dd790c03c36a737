/** Turns one item on or off in a list filter; every item on means no filter (null). */
export const toggleItem = <T extends string>(
  current: readonly T[] | null,
  all: readonly T[],
  item: T,
): readonly T[] | null => {
  const on = new Set(current ?? all);
  if (on.has(item)) on.delete(item);
  else on.add(item);
  return on.size === all.length ? null : all.filter((value) => on.has(value));
};
