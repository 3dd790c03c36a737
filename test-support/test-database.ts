import { inject, onTestFinished } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';

/** The test Neo4j's connection settings, provided by the integration global setup. */
export const testNeo4j = () => inject('neo4j');

/**
 * A driver on the test Neo4j, for arranging and checking database state directly, with
 * integers read as numbers; closed when the test that opened it ends (call it inside `it`).
 */
export const openTestDriver = (): Driver => {
  const { uri, user, password } = testNeo4j();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
  onTestFinished(() => driver.close());
  return driver;
};

/** Runs a query on the test Neo4j and parses every row with the schema. */
export const queryRows = async <Row extends z.ZodType>(
  driver: Driver,
  cypher: string,
  row: Row,
  parameters: Record<string, unknown> = {},
): Promise<z.output<Row>[]> => {
  const { records } = await driver.executeQuery(cypher, parameters);
  return z.array(row).parse(records.map((record) => record.toObject()));
};
