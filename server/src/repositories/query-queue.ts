import { DatabaseBusyError } from './database-errors';

/**
 * Admits at most `running` queries at once and lets at most `waiting` more wait their turn;
 * a query beyond both is refused at once with DatabaseBusyError, so that under overload the
 * API answers 503 quickly instead of queueing requests until they time out.
 */
export class QueryQueue {
  #running = 0;
  readonly #queue: (() => void)[] = [];

  constructor(
    private readonly running: number,
    private readonly waiting: number,
  ) {}

  /** Waits for a turn; resolves to the function that ends it. */
  async enter(): Promise<() => void> {
    if (this.#running >= this.running) {
      if (this.#queue.length >= this.waiting) {
        throw new DatabaseBusyError(
          `${this.running} queries are running and ${this.waiting} waiting: the database is busy`,
        );
      }
      await new Promise<void>((resolve) => this.#queue.push(resolve));
    } else {
      this.#running++;
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.#queue.shift();
      // The turn passes straight to the next in line; the count of running stays.
      if (next) next();
      else this.#running--;
    };
  }
}
