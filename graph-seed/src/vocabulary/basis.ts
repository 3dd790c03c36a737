import { z } from 'zod';
import type { BilingualLabel } from './bilingual-label';

/**
 * What kind of statement supports a claim, strongest first:
 * - `provision`: the document's own words, as quoted (the Constitution's Art. 46);
 * - `official-report`: an official or Party press report of a document or meeting, whose
 *   text the reader does not see (Xinhua on the Politburo meeting, People's Daily on an
 *   Opinion), including the paper's paragraphs that relay such a report;
 * - `title-inference`: an inference from a name or title ("Decision of the Central
 *   Committee…" was issued by the Central Committee; the Political Bureau *of the Central
 *   Committee* is part of it) — mechanical and checkable, but not stated;
 * - `commentary`: press, translators or scholars characterising a document (a WeChat
 *   article, a translation site's rendering);
 * - `author-reading`: the working paper's author's own reading or summary ("In another word,
 *   social organizations will be under the direct leadership of the Party").
 */
export const Basis = z.enum([
  'provision',
  'official-report',
  'title-inference',
  'commentary',
  'author-reading',
]);
export type Basis = z.infer<typeof Basis>;

/** What each basis is called, in English and Chinese. */
export const bases = {
  provision: { label: "the document's own provision", labelZh: '文件原文规定' },
  'official-report': { label: 'an official report of the document', labelZh: '官方报道' },
  'title-inference': { label: 'an inference from a name or title', labelZh: '由名称推断' },
  commentary: { label: 'a commentary on it', labelZh: '评论' },
  'author-reading': { label: "the paper's author's reading", labelZh: '论文作者的解读' },
} as const satisfies Record<Basis, BilingualLabel>;

/** How strongly a basis supports a claim: higher is stronger. */
export const basisStrength = (basis: Basis): number =>
  Basis.options.length - Basis.options.indexOf(basis);

/**
 * Which bases a traced chain or path may rest on, as the explorer offers them:
 * - `any`: every basis;
 * - `documented`: what the documents themselves say, reported officially, or a body's place
 *   read off its name — every basis but commentary and the paper's author's readings;
 * - `provision`: the documents' own provisions only.
 */
export const BasisScope = z.enum(['any', 'documented', 'provision']);
export type BasisScope = z.infer<typeof BasisScope>;

/** Every basis but commentary and the paper's author's readings. */
export const DOCUMENTED_BASES: readonly Basis[] = [
  'provision',
  'official-report',
  'title-inference',
];

const SCOPES = {
  any: null,
  documented: DOCUMENTED_BASES,
  provision: ['provision'],
} as const satisfies Record<BasisScope, readonly Basis[] | null>;

/** The bases a scope keeps to, or null for every basis (no filter). */
export const basesIn = (scope: BasisScope): readonly Basis[] | null => SCOPES[scope];
