import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../lib/paths';
import { step, done, UserError } from '../lib/log';
import { commandExists, runCommand } from '../lib/run-command';

/** The Neo4j version the pom resolves; the runtime folder is named for it. */
export const neo4jVersion = (): string => {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(
    readFileSync(paths.neo4jPom, 'utf8'),
  );
  if (!match?.[1]) throw new Error(`No <neo4j.version> in ${paths.neo4jPom}`);
  return match[1];
};

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. */
export const javaCommand = (): string =>
  process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/** The major version of the Java runtime, or undefined when there is none. */
const javaMajorVersion = async (): Promise<number | undefined> => {
  try {
    const { code, stderr, stdout } = await runCommand(javaCommand(), ['-version'], {
      capture: true,
    });
    if (code !== 0) return undefined;
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    if (!match?.[1]) return undefined;
    const major = Number(match[1]);
    return major === 1 ? Number(match[2]) : major;
  } catch {
    return undefined;
  }
};

const MISSING_NEO4J_HELP = [
  'No Neo4j to use. Either:',
  '  • install Java 17 or 21 and Maven (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven)',
  '    and the project provides a local Neo4j Community server itself, or',
  '  • point the project at a Neo4j you run: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD',
  '    (Docker: docker compose up neo4j; Neo4j Desktop; AuraDB: neo4j+s://<id>.databases.neo4j.io).',
].join('\n');

/**
 * Checks for Java 17+, then makes sure the Neo4j Community jars are in `.neo4j/runtime/<version>/lib`, resolving them
 * from Maven Central on first use. Returns the lib folder.
 */
export const ensureNeo4jRuntime = async (): Promise<string> => {
  const version = neo4jVersion();
  const runtime = path.join(paths.neo4jHome, 'runtime', version);
  const lib = path.join(runtime, 'lib');
  const marker = path.join(runtime, '.complete');

  const java = await javaMajorVersion();
  if (java === undefined) throw new UserError(MISSING_NEO4J_HELP);
  if (java < 17)
    throw new UserError(
      `Neo4j ${version} needs Java 17 or 21; found Java ${java}.\n${MISSING_NEO4J_HELP}`,
    );
  if (existsSync(marker)) return lib;
  if (!(await commandExists('mvn', '-v'))) {
    throw new UserError(
      `Maven is needed once to fetch Neo4j ${version} from Maven Central.\n${MISSING_NEO4J_HELP}`,
    );
  }

  step(`Fetching Neo4j Community ${version} from Maven Central (first run only, ~125 MB)…`);
  const staging = `${lib}.partial`;
  rmSync(staging, { recursive: true, force: true });
  const result = await runCommand(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      paths.neo4jPom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${staging}`,
    ],
    { capture: true },
  );
  if (result.code !== 0) {
    throw new UserError(
      `Maven could not fetch Neo4j ${version}:\n${(result.stdout + result.stderr).trim()}`,
    );
  }
  rmSync(lib, { recursive: true, force: true });
  renameSync(staging, lib);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  done(
    `Neo4j ${version} ready (${readdirSync(lib).length} jars in ${path.relative(process.cwd(), lib)})`,
  );
  return lib;
};
