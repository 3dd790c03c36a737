import { Database } from '@pag/server/repositories/database';
import {
  countSyntheticNodes,
  createSyntheticBatch,
  markSyntheticGraph,
  removeSyntheticGraph,
  writeSyntheticSource,
} from '@pag/server/repositories/synthetic.repository';
import { rankSyntheticNodes } from '@pag/server/repositories/rank.repository';
import { done, step } from '../lib/log';
import type { Neo4jHandle } from '../neo4j/local-neo4j';
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
    const eta = last ? '' : ` · about ${seconds(Math.max(total - written, 0) / rate)} to go`;
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
    step('Removing the synthetic data loaded before, if any…');
    await removeSyntheticGraph(connection);
    await writeSyntheticSource(connection, SYNTHETIC_SOURCE);
    const mark = `seed ${options.seed}, ${options.orgs} organizations, ${new Date().toISOString()}`;
    await markSyntheticGraph(connection, `loading: ${mark}`);
    step(
      `Writing a synthetic graph of ${options.orgs.toLocaleString('en')} organizations (seed ${options.seed})…`,
    );
    const started = performance.now();
    const total = expectedRecords(options.orgs);
    const report = progress(total);
    let nodes = 0;
    let relationships = 0;
    for (const batch of syntheticGraph(options)) {
      await createSyntheticBatch(connection, batch);
      nodes += batch.nodes.length;
      relationships += batch.relationships.length;
      report(nodes + relationships);
    }
    report(nodes + relationships, true);
    step('Ranking the synthetic nodes by their hops from the Party centre…');
    await rankSyntheticNodes(connection);
    await markSyntheticGraph(connection, mark);
    const elapsed = (performance.now() - started) / 1000;
    done(
      `Synthetic graph loaded: ${nodes.toLocaleString('en')} nodes and ${relationships.toLocaleString('en')} relationships in ${seconds(elapsed)} (${Math.round((nodes + relationships) / elapsed).toLocaleString('en')} records/s)`,
    );
    return { nodes, relationships, seconds: elapsed };
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
    await removeSyntheticGraph(connection);
    done('Synthetic data removed; the curated graph is as it was');
    return before;
  } finally {
    await connection.close();
  }
};
