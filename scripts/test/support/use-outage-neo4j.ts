// Run as its own process by supervise-neo4j.int.test.ts: asks for the `outage` Neo4j the way
// a graph command asks for the dev one, while the test process runs it, then "stops" it.
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j';

const boltPort = Number(process.argv[2]);
const neo4j = await startLocalNeo4j({
  instance: 'outage',
  boltPort,
  user: 'neo4j',
  password: 'party-graph-outage',
});
await neo4j.stop();
process.stdout.write(`local=${String(neo4j.local)}\n`);
