import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from './config';

/**
 * Creates a driver with timeouts short enough that an unreachable Neo4j is reported
 * within the health timeout rather than hanging a request.
 */
export const createNeo4jDriver = (
  config: Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'HEALTH_TIMEOUT_MS'>,
): Driver =>
  neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    connectionTimeout: config.HEALTH_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.HEALTH_TIMEOUT_MS,
    maxConnectionPoolSize: 50,
    // Retrying a read against a database that is down only delays the 503.
    maxTransactionRetryTime: 2000,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => undefined },
  });
