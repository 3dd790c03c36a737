import { describe, expect, it, vi } from 'vitest';
import { DatabaseBusyError } from '../src/repositories/database-errors';
import { QueryQueue } from '../src/repositories/query-queue';

describe('the query queue', () => {
  it('admits the running, queues the waiting in order, and refuses the rest at once', async () => {
    const queue = new QueryQueue({ running: 2, waiting: 1, maxWaitMs: 60_000 });
    const first = await queue.enter();
    await queue.enter();
    const order: string[] = [];
    const third = queue.enter().then((leave) => {
      order.push('third');
      return leave;
    });
    await expect(queue.enter()).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(order).toEqual([]);
    first();
    const leaveThird = await third;
    expect(order).toEqual(['third']);
    // Leaving twice frees one turn only.
    first();
    leaveThird();
    // So two run again (the second and this one), one may wait, and the next is refused.
    await queue.enter();
    queue.enter().catch(() => undefined);
    await expect(queue.enter()).rejects.toBeInstanceOf(DatabaseBusyError);
  });

  it('refuses a query that waits longer than the longest wait, and the turn is not lost', async () => {
    vi.useFakeTimers();
    try {
      const queue = new QueryQueue({ running: 1, waiting: 5, maxWaitMs: 100 });
      const leave = await queue.enter();
      const waiting = queue.enter();
      const refused = expect(waiting).rejects.toThrow(/within 100 ms/);
      await vi.advanceTimersByTimeAsync(100);
      await refused;
      leave();
      // The refused waiter left the line: the next query gets the freed turn at once.
      const next = await queue.enter();
      next();
    } finally {
      vi.useRealTimers();
    }
  });
});
