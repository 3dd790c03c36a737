import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { classifyDatabaseError } from './database-errors';
import { QueryQueue } from './query-queue';

/** Which Neo4j database to use, as whom, and how long to wait for a connection. */
export interface DatabaseSettings {
  /** `bolt://`, `neo4j://` (cluster routing) or `neo4j+s://` (AuraDB). */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Database name inside the server. */
  readonly database: string;
  /**
   * How long to wait to open a connection or to get one from the pool. The API keeps it
   * short, so an unreachable Neo4j is reported within the health timeout; scripts wait longer.
   */
  readonly connectionTimeoutMs?: number;
  /**
   * How long a write transaction is retried after a transient error. The API keeps it short
   * (a retry only delays the 503); the loader waits as long as the driver's default.
   */
  readonly maxRetryTimeMs?: number;
  /** Most connections open at once; a request beyond them waits for one, up to the timeout. */
  readonly maxConnectionPoolSize?: number;
  /**
   * Most reads waiting for a turn while the pool is in use; one more is refused at once
   * (DatabaseBusyError). Unset, reads wait for the driver as long as the timeout allows.
   */
  readonly maxWaitingQueries?: number;
  /** Longest a read waits for a turn before it is refused (DatabaseBusyError). */
  readonly maxQueueWaitMs?: number;
}

/**
 * The connection to the graph database: a pool of connections to one Neo4j database. The
 * repositories run their queries through it; the rest of the app only opens, checks and
 * closes it, and never sees the driver.
 */
export class Database {
  readonly #driver: Driver;
  readonly #queue: QueryQueue | null;
  /** The database name inside the server. */
  readonly name: string;

  constructor(settings: DatabaseSettings) {
    const timeout = settings.connectionTimeoutMs ?? 30_000;
    const poolSize = settings.maxConnectionPoolSize ?? 50;
    this.name = settings.database;
    this.#queue =
      settings.maxWaitingQueries === undefined
        ? null
        : new QueryQueue({
            running: poolSize,
            waiting: settings.maxWaitingQueries,
            maxWaitMs: settings.maxQueueWaitMs ?? timeout,
          });
    this.#driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: timeout,
      connectionAcquisitionTimeout: timeout,
      maxConnectionPoolSize: poolSize,
      maxTransactionRetryTime: settings.maxRetryTimeMs ?? 30_000,
      logging: { level: 'error', logger: () => undefined },
    });
  }

  /**
   * Waits for a turn to query, when the number of waiting reads is bounded; resolves to the
   * function that ends the turn. Throws DatabaseBusyError when too many already wait.
   */
  async enterQueue(): Promise<() => void> {
    return this.#queue ? this.#queue.enter() : () => undefined;
  }

  /** A session on this database: for the repositories' queries only. */
  session(accessMode: 'READ' | 'WRITE'): Session {
    return this.#driver.session({ database: this.name, defaultAccessMode: accessMode });
  }

  /**
   * Resolves once the server accepts a connection with these credentials; otherwise throws
   * a DatabaseUnavailableError or DatabaseAccessError.
   */
  async verifyConnectivity(): Promise<void> {
    try {
      await this.#driver.verifyConnectivity({ database: this.name });
    } catch (error) {
      throw classifyDatabaseError(error);
    }
  }

  /** Closes every connection; the Database cannot be used afterwards. */
  close(): Promise<void> {
    return this.#driver.close();
  }
}
