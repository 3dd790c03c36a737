import { describe, expect, it } from 'vitest';
import { writeBatches } from '../src/synth/write-batches';

/** A write that finishes when told to, recording what ran at once. */
const harness = () => {
  const running = new Set<number>();
  const started: number[] = [];
  const finish = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let most = 0;
  const write = (batch: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(batch);
      running.add(batch);
      most = Math.max(most, running.size);
      finish.set(batch, {
        resolve: () => {
          running.delete(batch);
          resolve();
        },
        reject: (error) => {
          running.delete(batch);
          reject(error);
        },
      });
    });
  /** Lets every write started finish (or fail, for those in `failing`) until all are done. */
  const drive = async (failing: ReadonlySet<number> = new Set()) => {
    for (let turn = 0; turn < 100; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const [batch, control] of finish) {
        finish.delete(batch);
        if (failing.has(batch)) control.reject(new Error(`batch ${batch} failed`));
        else control.resolve();
      }
    }
  };
  return { write, started, running, most: () => most, drive };
};

describe('writeBatches', () => {
  it('writes two at a time, reports each in order, and waits for a batch another needs', async () => {
    const h = harness();
    const written: number[] = [];
    // Batch 3 joins nodes of batch 2: it starts only once 2 is written.
    const needs = (batch: number, earlier: number) => batch === 3 && earlier === 2;
    let startedWith2Running = false;
    const done = writeBatches([1, 2, 3, 4, 5], {
      writers: 2,
      needs,
      write: (batch) => {
        if (batch === 3) startedWith2Running = h.running.has(2);
        return h.write(batch);
      },
      written: (batch) => written.push(batch),
    });
    await h.drive();
    await done;
    expect(written).toEqual([1, 2, 3, 4, 5]);
    expect(h.most()).toBe(2);
    expect(startedWith2Running).toBe(false);
  });

  it('stops at the first failure: what was in flight finishes, nothing more starts, the failure is thrown', async () => {
    const h = harness();
    const written: number[] = [];
    const done = writeBatches([1, 2, 3, 4, 5, 6], {
      writers: 2,
      needs: () => false,
      write: h.write,
      written: (batch) => written.push(batch),
    });
    const failed = expect(done).rejects.toThrow('batch 2 failed');
    await h.drive(new Set([2]));
    await failed;
    expect(written).not.toContain(2);
    expect(h.started.length).toBeLessThanOrEqual(4);
    expect(h.running.size).toBe(0);
  });
});
