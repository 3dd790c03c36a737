import { DatabaseBusyError } from './database-errors';

/** How long the queue lets queries run and wait. */
export interface QueryQueueLimits {
  /** Most queries running at once (the connection pool's size). */
  readonly running: number;
  /** Most queries waiting for a turn; one more is refused at once. */
  readonly waiting: number;
  /** Longest a query waits for a turn before it is refused. */
  readonly maxWaitMs: number;
}

interface Waiter {
  readonly admit: () => void;
  readonly refuse: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Admits at most `running` queries at once and lets at most `waiting` more wait their turn,
 * each for at most `maxWaitMs`; a query past either bound is refused with DatabaseBusyError,
 * so that under overload the API answers 503 quickly instead of queueing requests until they
 * time out, and the slowest answers stay within the wait plus the query.
 */
export class QueryQueue {
  #running = 0;
  readonly #queue: Waiter[] = [];

  constructor(private readonly limits: QueryQueueLimits) {}

  /** Waits for a turn; resolves to the function that ends it. */
  async enter(): Promise<() => void> {
    const { running, waiting, maxWaitMs } = this.limits;
    if (this.#running >= running) {
      if (this.#queue.length >= waiting) {
        throw new DatabaseBusyError(
          `${running} queries are running and ${waiting} waiting: the database is busy`,
        );
      }
      await new Promise<void>((admit, refuse) => {
        const waiter: Waiter = {
          admit,
          refuse,
          timer: setTimeout(() => {
            this.#queue.splice(this.#queue.indexOf(waiter), 1);
            refuse(
              new DatabaseBusyError(
                `No turn to query within ${maxWaitMs} ms: the database is busy`,
              ),
            );
          }, maxWaitMs),
        };
        this.#queue.push(waiter);
      });
    } else {
      this.#running++;
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.#queue.shift();
      // The turn passes straight to the next in line; the count of running stays.
      if (next) {
        clearTimeout(next.timer);
        next.admit();
      } else {
        this.#running--;
      }
    };
  }
}
