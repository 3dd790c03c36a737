import { z } from 'zod';

/** Which way a trace follows the lines of authority: up to the Party centre, or down from a body. */
export const TraceDirection = z.enum(['up', 'down']);
export type TraceDirection = z.infer<typeof TraceDirection>;
