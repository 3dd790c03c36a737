import { z } from 'zod';
import { UserError } from '../lib/log';

/** A size as Neo4j and the JVM read it: a whole number with k, m or g. */
const Size = z
  .string()
  .regex(/^[1-9]\d*[kmg]$/i, 'a whole number followed by k, m or g, such as 512m or 2g');

const MemoryEnv = z.object({
  NEO4J_LOCAL_PAGECACHE: Size.default('256m'),
  NEO4J_LOCAL_HEAP: Size.default('1g'),
});

/** How much memory a local Neo4j the project starts may use. */
export interface Neo4jMemory {
  /** The page cache, which holds the store files in memory (`server.memory.pagecache.size`). */
  readonly pageCache: string;
  /** The JVM's largest heap (`-Xmx`), which holds transactions and queries as they run. */
  readonly heap: string;
}

/**
 * The memory of the local Neo4j servers (dev, test, the bulk importer's), from
 * NEO4J_LOCAL_PAGECACHE and NEO4J_LOCAL_HEAP. The defaults hold the curated graph many times
 * over and serve a million synthetic organizations within the API's targets; more did not
 * load a million faster here (docs/benchmarks-scale.md gives the figures), but a larger
 * graph of real data, read more widely, may want more of its store in memory.
 */
export const neo4jMemory = (env: NodeJS.ProcessEnv = process.env): Neo4jMemory => {
  const parsed = MemoryEnv.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')} is "${env[String(issue.path[0])]}": ${issue.message}`,
    );
    throw new UserError(`The local Neo4j's memory settings are wrong: ${problems.join('; ')}`);
  }
  return { pageCache: parsed.data.NEO4J_LOCAL_PAGECACHE, heap: parsed.data.NEO4J_LOCAL_HEAP };
};
