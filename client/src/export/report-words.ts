import type { PathDirection, TraceDirection } from '@pag/graph-seed';
import type { Language } from '../i18n/messages';

/** The evidence report's own words, in each interface language. */
export interface ReportWords {
  readonly traceTitle: (direction: TraceDirection, from: string) => string;
  readonly pathTitle: (direction: PathDirection, from: string, to: string) => string;
  /** What the report holds and where from: "2 chains, from the Party Authority Graph …". */
  readonly summary: (
    count: number,
    trace: boolean,
    version: string | null | undefined,
    date: string,
  ) => string;
  readonly view: string;
  readonly readFrom: (cited: string) => string;
  readonly kept: (bases: string, removed: number) => string;
  readonly treeHeading: string;
  readonly treeIntro: string;
  readonly hopRef: (number: number) => string;
  readonly chainsHeading: (trace: boolean) => string;
  readonly weakest: (number: number, strength: string) => string;
  readonly intermediariesHeading: string;
  readonly intermediariesIntro: string;
  readonly through: (count: number, of: number) => string;
  readonly hopsHeading: string;
  readonly hop: (number: number) => string;
  readonly strength: (basis: string, modality: string) => string;
  readonly wording: string;
  readonly note: string;
  readonly against: string;
  readonly quotedIn: string;
  readonly truncated: string;
  readonly arrow: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: ReportWords = {
  traceTitle: (direction, from) => `Lines of authority ${direction} from ${from}`,
  pathTitle: (direction, from, to) =>
    ({
      authority: `Paths along the lines of authority between ${from} and ${to}`,
      any: `Paths between ${from} and ${to}`,
      down: `Paths down the lines of authority from ${from} to ${to}`,
      up: `Paths up the lines of authority from ${from} to ${to}`,
    })[direction],
  summary: (count, trace, version, date) =>
    `${plural(count, trace ? 'chain' : 'path', trace ? 'chains' : 'paths')}, from the Party Authority Graph${version ? ` (data ${version})` : ''}, ${date}.`,
  view: 'The view in the explorer:',
  readFrom: (cited) =>
    `The graph is read from: ${cited} Where it states no line of authority, the graph has none.`,
  kept: (bases, removed) => `Only hops that rest on ${bases}; ${removed} more left out.`,
  treeHeading: 'The chains as a tree',
  treeIntro:
    'Each line is one hop, read along its relationship’s arrow; a hop that several chains share is stated once. Its evidence is under its number below.',
  hopRef: (number) => `hop ${number}`,
  chainsHeading: (trace) => (trace ? 'Chains' : 'Paths'),
  weakest: (number, strength) => `weakest link: hop ${number} (${strength})`,
  intermediariesHeading: 'Intermediaries',
  intermediariesIntro: 'What the chains pass through between their ends, most shared first:',
  through: (count, of) => `on ${count} of ${plural(of, 'chain', 'chains')}`,
  hopsHeading: 'Hops and their evidence',
  hop: (number) => `Hop ${number}`,
  strength: (basis, modality) => `Rests on ${basis}, worded as ${modality}`,
  wording: 'On the wording:',
  note: 'Note:',
  against: '(points against the path)',
  quotedIn: 'as quoted in',
  truncated: 'More chains exist than this report lists.',
  arrow: '→',
};

const zh: ReportWords = {
  traceTitle: (direction, from) =>
    direction === 'up' ? `自${from}向上的领导关系` : `自${from}向下的领导关系`,
  pathTitle: (direction, from, to) =>
    ({
      authority: `${from}与${to}之间沿领导关系的路径`,
      any: `${from}与${to}之间的路径`,
      down: `自${from}沿领导关系向下至${to}的路径`,
      up: `自${from}沿领导关系向上至${to}的路径`,
    })[direction],
  summary: (count, trace, version, date) =>
    `${count} 条${trace ? '链' : '路径'}，取自党的领导关系图谱${version ? `（数据版本 ${version}）` : ''}，${date}。`,
  view: '浏览器中的此视图：',
  readFrom: (cited) => `图谱依据：${cited} 来源未述及的领导关系，图谱中也没有。`,
  kept: (bases, removed) => `只保留以${bases}为依据的步骤；另有 ${removed} 条被排除。`,
  treeHeading: '链的树状结构',
  treeIntro: '每行为一步，按关系箭头的方向表述；多条链共有的步骤只列一次。其证据见下文对应编号。',
  hopRef: (number) => `第 ${number} 步`,
  chainsHeading: (trace) => (trace ? '各条链' : '各条路径'),
  weakest: (number, strength) => `最薄弱的一环：第 ${number} 步（${strength}）`,
  intermediariesHeading: '中间环节',
  intermediariesIntro: '链在两端之间经过的节点，按共有的链数排列：',
  through: (count, of) => `${of} 条链中的 ${count} 条经过`,
  hopsHeading: '各步及其证据',
  hop: (number) => `第 ${number} 步`,
  strength: (basis, modality) => `依据：${basis}；措辞：${modality}`,
  wording: '关于措辞：',
  note: '注：',
  against: '（方向与路径相反）',
  quotedIn: '转引自',
  truncated: '还有更多的链未列入本报告。',
  arrow: '→',
};

export const reportWords: Record<Language, ReportWords> = { en, zh };
