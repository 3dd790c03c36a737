import { describe, expect, it } from 'vitest';
import { DatabaseBusyError } from '../src/repositories/database-errors';
import { QueryQueue } from '../src/repositories/query-queue';

describe('the query queue', () => {
  it('admits the running, queues the waiting in order, and refuses the rest at once', async () => {
    const queue = new QueryQueue(2, 1);
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
    void queue.enter();
    await expect(queue.enter()).rejects.toBeInstanceOf(DatabaseBusyError);
  });
});
