import { done, runMain } from './lib/log';
import { provideDevNeo4j } from './neo4j/provide-neo4j';

/**
 * `pnpm neo4j`: runs the project's local Neo4j (the one `pnpm start` uses, data in
 * .neo4j/dev) in the foreground until Ctrl-C, for working on queries or the API alone.
 */
runMain(async () => {
  if (process.env.NEO4J_URI) {
    done(`NEO4J_URI is set (${process.env.NEO4J_URI}): that server is used and none is started.`);
    return 0;
  }
  const neo4j = await provideDevNeo4j();
  done(`Connect with ${neo4j.uri} as ${neo4j.user}. Press Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await neo4j.stop();
});
