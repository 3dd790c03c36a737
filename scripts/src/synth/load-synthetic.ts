import { Database } from '@pag/server/repositories/database';
import {
  awaitSyntheticSearch,
  countSyntheticNodes,
  findSyntheticMark,
  markSyntheticGraph,
  removeSyntheticGraph,
  syntheticRows,
  writeSyntheticRows,
  writeSyntheticSource,
} from '@pag/server/repositories/synthetic.repository';
import { rankSyntheticNodes } from '@pag/server/repositories/rank.repository';
import { done, step } from '../lib/log';
import type { Neo4jHandle } from '../neo4j/local-neo4j';
import { writeBatches } from './write-batches';
import {
  SYNTHETIC_SOURCE,
  syntheticGraph,
  syntheticTiers,
  type SynthOptions,
} from './synthetic-graph';

type Handle = Pick<Neo4jHandle, 'uri' | 'user' | 'password'>;

/** About how many records (nodes and relationships) a synthetic graph of this size holds. */
export const expectedRecords = (orgs: number): number => {
  const { provinces, prefectures, counties, townships } = syntheticTiers(orgs);
  const offices = (provinces + prefectures + counties) * 5;
  return offices + townships * 2 + Math.round(orgs * (3 + 0.32 * 3));
};

/** Batches written at once: two keep this machine's two cores busy (write-batches.ts). */
const WRITERS = 2;

const seconds = (s: number) =>
  s >= 60 ? `${Math.floor(s / 60)}m ${Math.round(s % 60)}s` : `${Math.round(s)}s`;

/** A progress line: how far, how fast, how long to go; redrawn in place on a terminal. */
const progress = (total: number) => {
  const started = performance.now();
  const tty = process.stdout.isTTY;
  let shown = 0;
  let lastPercent = -10;
  return (written: number, last = false) => {
    const now = performance.now();
    const percent = Math.min(100, Math.floor((written / total) * 100));
    if (!last && (tty ? now - shown < 250 : percent < lastPercent + 10)) return;
    shown = now;
    lastPercent = percent;
    const rate = written / Math.max((now - started) / 1000, 0.001);
    const eta =
      last || written === 0 ? '' : ` · about ${seconds(Math.max(total - written, 0) / rate)} to go`;
    const line = `    ${written.toLocaleString('en')} of ~${total.toLocaleString('en')} records (${percent}%) · ${Math.round(rate).toLocaleString('en')}/s${eta}`;
    process.stdout.write(tty ? `\r${line.padEnd(90)}${last ? '\n' : ''}` : `${line}\n`);
  };
};

/**
 * Replaces the synthetic graph in Neo4j with a new one of this size and seed, written in
 * batches (memory stays bounded whatever the size), beside the curated graph and hanging from
 * its Party centre. Readers see it grow batch by batch; the curated graph is untouched.
 */
export const loadSynthetic = async (handle: Handle, options: SynthOptions, database = 'neo4j') => {
  const connection = new Database({ ...handle, database });
  try {
    // The same seed and size give the same graph: loaded already, it is not written again.
    const what = `seed ${options.seed}, ${options.orgs} organizations`;
    const loaded = await findSyntheticMark(connection);
    if (loaded?.startsWith(`${what},`)) {
      const nodes = await countSyntheticNodes(connection);
      done(
        `The synthetic graph of ${options.orgs.toLocaleString('en')} organizations (seed ${options.seed}) is loaded already: nothing written`,
      );
      return { nodes, relationships: null, seconds: 0, written: false };
    }
    // Readers are told, from before the first record changes until the last is in place,
    // that what they see of the synthetic graph is incomplete.
    const mark = `${what}, ${new Date().toISOString()}`;
    await markSyntheticGraph(connection, `loading: ${mark}`);
    step('Removing the synthetic data loaded before, if any…');
    await removeSyntheticGraph(connection);
    await writeSyntheticSource(connection, SYNTHETIC_SOURCE);
    step(
      `Writing a synthetic graph of ${options.orgs.toLocaleString('en')} organizations (seed ${options.seed})…`,
    );
    const started = performance.now();
    const total = expectedRecords(options.orgs);
    const report = progress(total);
    let nodes = 0;
    let relationships = 0;
    await writeBatches(
      (function* () {
        for (const batch of syntheticGraph(options)) {
          const rows = syntheticRows(batch);
          yield { rows, ids: new Set(rows.nodes.map((node) => node.id)) };
        }
      })(),
      {
        writers: WRITERS,
        needs: (batch, earlier) =>
          batch.rows.relationships.some(
            (row) => earlier.ids.has(row.source) || earlier.ids.has(row.target),
          ),
        write: (batch) => writeSyntheticRows(connection, batch.rows),
        written: (batch) => {
          nodes += batch.rows.nodes.length;
          relationships += batch.rows.relationships.length;
          report(nodes + relationships);
        },
      },
    );
    report(nodes + relationships, true);
    step('Ranking the synthetic nodes by their hops from the Party centre…');
    await rankSyntheticNodes(connection);
    step('Waiting for the search indexes to take in the synthetic records…');
    await awaitSyntheticSearch(connection);
    await markSyntheticGraph(connection, mark);
    const elapsed = (performance.now() - started) / 1000;
    done(
      `Synthetic graph loaded: ${nodes.toLocaleString('en')} nodes and ${relationships.toLocaleString('en')} relationships in ${seconds(elapsed)} (${Math.round((nodes + relationships) / elapsed).toLocaleString('en')} records/s)`,
    );
    return { nodes, relationships, seconds: elapsed, written: true };
  } finally {
    await connection.close();
  }
};

/** Removes the synthetic graph; the curated graph stays as it is. */
export const removeSynthetic = async (handle: Handle, database = 'neo4j') => {
  const connection = new Database({ ...handle, database });
  try {
    const before = await countSyntheticNodes(connection);
    step(`Removing ${before.toLocaleString('en')} synthetic nodes and their relationships…`);
    await markSyntheticGraph(connection, 'loading: removal');
    await removeSyntheticGraph(connection);
    await markSyntheticGraph(connection, null);
    done('Synthetic data removed; the curated graph is as it was');
    return before;
  } finally {
    await connection.close();
  }
};
