/** A write that failed, held until every write in flight has settled. */
class Failed {
  constructor(readonly error: unknown) {}
}

/**
 * Writes batches in order with up to `writers` of them in Neo4j at once: a transaction works
 * on one core, so on this project's two-core machine two at a time write a large graph in about
 * a fifth less time than one (docs/benchmarks-scale.md). A batch waits for any batch in flight that
 * it `needs` (one whose nodes its relationships join), so that it never looks for a node not
 * committed yet. The next batch is prepared while these are written. The first failure stops
 * the writing: what is in flight is let finish, then the failure is thrown.
 */
export const writeBatches = async <Batch>(
  batches: Iterable<Batch>,
  {
    writers,
    needs,
    write,
    written,
  }: {
    readonly writers: number;
    /** Whether `batch` joins nodes that `earlier` writes. */
    readonly needs: (batch: Batch, earlier: Batch) => boolean;
    readonly write: (batch: Batch) => Promise<void>;
    /** Called as each batch is committed, in order. */
    readonly written: (batch: Batch) => void;
  },
): Promise<void> => {
  const inFlight: { batch: Batch; done: Promise<unknown> }[] = [];
  /** Waits for the oldest batch in flight: its failure, or null once it is reported written. */
  const settleOldest = async (): Promise<Failed | null> => {
    const oldest = inFlight.shift();
    if (!oldest) return null;
    const outcome = await oldest.done;
    if (outcome instanceof Failed) return outcome;
    written(oldest.batch);
    return null;
  };
  if (writers < 1) throw new RangeError(`writers must be at least 1, not ${writers}`);
  let failure: Failed | null = null;
  try {
    for (const batch of batches) {
      while (
        !failure &&
        (inFlight.length >= writers || inFlight.some((earlier) => needs(batch, earlier.batch)))
      )
        failure = await settleOldest();
      if (failure) break;
      inFlight.push({
        batch,
        done: write(batch).then(
          () => null,
          (error: unknown) => new Failed(error),
        ),
      });
    }
  } finally {
    // Whatever stopped the writing (a write, or preparing a batch), what is in flight settles.
    while (inFlight.length > 0) {
      const outcome = await settleOldest();
      failure ??= outcome;
    }
  }
  if (failure) throw failure.error;
};
