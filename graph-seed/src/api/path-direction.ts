import { z } from 'zod';

/**
 * Which relationships a path between two nodes may follow:
 * - `any`: any relationship, either way — how two bodies are connected at all;
 * - `down`: lines of authority only, each hop going down from `from` towards `to`;
 * - `up`: lines of authority only, each hop going up from `from` towards `to`.
 */
export const PathDirection = z.enum(['any', 'down', 'up']);
export type PathDirection = z.infer<typeof PathDirection>;
