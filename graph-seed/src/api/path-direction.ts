import { z } from 'zod';

/**
 * Which relationships a path between two nodes may follow:
 * - `authority` (the default): lines of authority only, every hop the same way — all up or
 *   all down from `from`: how authority runs between the two;
 * - `any`: any relationship, either way — how two bodies are connected at all, leaving out
 *   paths that turn more than once along the lines of authority (zig-zags through siblings);
 * - `down`: lines of authority only, each hop going down from `from` towards `to`;
 * - `up`: lines of authority only, each hop going up from `from` towards `to`.
 */
export const PathDirection = z.enum(['authority', 'any', 'down', 'up']);
export type PathDirection = z.infer<typeof PathDirection>;
