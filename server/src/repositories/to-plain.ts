import neo4j from 'neo4j-driver';

/** A value as plain JSON: what the driver's values become before a row schema reads them. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/**
 * Converts a value returned by the driver to plain JSON: Neo4j integers become numbers,
 * temporal values become ISO strings, lists and maps are converted recursively.
 */
export const toPlain = (value: unknown): Plain => {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
};
