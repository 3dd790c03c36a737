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
  it('refuses fewer than one writer', async () => {
    await expect(
      writeBatches([1], {
        writers: 0,
        needs: () => false,
        write: async () => {},
        written: () => {},
      }),
    ).rejects.toThrow('writers must be at least 1, not 0');
  });

  it('lets what is in flight settle when preparing a batch fails', async () => {
    const h = harness();
    let runningAtFailure: number | null = null;
    function* batches() {
      yield 1;
      yield 2;
      throw new Error('batch 3 could not be prepared');
    }
    const done = writeBatches(batches(), {
      writers: 2,
      needs: () => false,
      write: h.write,
      written: () => {},
    }).catch((error: unknown) => {
      runningAtFailure = h.running.size;
      throw error;
    });
    const checked = expect(done).rejects.toThrow('batch 3 could not be prepared');
    await h.drive();
    await checked;
    expect(runningAtFailure).toBe(0);
  });

  it('writes two at a time, reports each in order, and waits for a batch another needs', async () => {
    const h = harness();
    const written: number[] = [];
    // Batch 3 joins nodes of batch 2: it starts only once 2 is written.
    const needs = (batch: number, earlier: number) => batch === 3 && earlier === 2;
    let startedAfter2Written = false;
    const done = writeBatches([1, 2, 3, 4, 5], {
      writers: 2,
      needs,
      write: (batch) => {
        if (batch === 3) startedAfter2Written = written.includes(2);
        return h.write(batch);
      },
      written: (batch) => written.push(batch),
    });
    await h.drive();
    await done;
    expect(written).toEqual([1, 2, 3, 4, 5]);
    expect(h.most()).toBe(2);
    expect(startedAfter2Written).toBe(true);
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
    // Still running when the failure is thrown: none may be.
    let runningAtFailure: number | null = null;
    const failed = done.catch((error: unknown) => {
      runningAtFailure = h.running.size;
      throw error;
    });
    const checked = expect(failed).rejects.toThrow('batch 2 failed');
    await h.drive(new Set([2]));
    await checked;
    // Batch 3 had started beside 2; nothing after it did.
    expect(h.started).toEqual([1, 2, 3]);
    expect(written).toEqual([1, 3]);
    expect(runningAtFailure).toBe(0);
  });
});
