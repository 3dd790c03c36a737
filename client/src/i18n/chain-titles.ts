/** The interface text that titles traced chains, by direction, and found paths, by direction. */
export const TRACE_TITLES = { up: 'chains.up', down: 'chains.down' } as const;
export const PATH_TITLES = {
  authority: 'chains.pathsAuthority',
  any: 'chains.paths',
  down: 'chains.pathsDown',
  up: 'chains.pathsUp',
} as const;
