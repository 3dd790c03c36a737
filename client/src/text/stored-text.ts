import { isWebUrl } from '@pag/graph-seed';

/**
 * A stored source text (Markdown, as converted from the original) read into blocks and inline
 * parts for display. Every run of text keeps the offsets it has in the stored text, so that a
 * quote found there can be highlighted in the formatted text. Only the markup the stored
 * texts use is read: headings, rules, paragraphs with hard line breaks, **strong**, *emphasis*,
 * <sup>footnote marks</sup>, [links](…), <autolinks> and backslash escapes. Anything else,
 * HTML included, stays text.
 */
export type Inline =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'break' }
  | {
      readonly kind: 'strong' | 'em' | 'sup';
      readonly children: readonly Inline[];
    }
  | { readonly kind: 'link'; readonly href: string | null; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly children: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly kind: 'rule' };

/** An inline rule: where it matches at `at`, what it makes, and where the text goes on. */
type InlineRule = (
  text: string,
  at: number,
  end: number,
) => { inline: Inline; next: number } | null;

/** The first index of `token` in [from, end) that no backslash escapes, or -1. */
const find = (text: string, token: string, from: number, end: number) => {
  let index = text.indexOf(token, from);
  while (index >= 0 && text[index - 1] === '\\') index = text.indexOf(token, index + 1);
  return index >= 0 && index + token.length <= end ? index : -1;
};

const SPACE = /\s/;

/** A span between an opening and a closing token, its inside read again as inline text. */
const span =
  (open: string, close: string, kind: 'strong' | 'em' | 'sup'): InlineRule =>
  (text, at, end) => {
    if (!text.startsWith(open, at)) return null;
    // Markers hug their words: "x * y * z" and a "* " list mark are not emphasis.
    if (kind !== 'sup' && SPACE.test(text[at + open.length] ?? ' ')) return null;
    const closing = find(text, close, at + open.length + 1, end);
    if (closing < 0) return null;
    if (kind !== 'sup' && SPACE.test(text[closing - 1] ?? ' ')) return null;
    return {
      inline: { kind, children: readInline(text, at + open.length, closing) },
      next: closing + close.length,
    };
  };

const AUTOLINK = /<(https?:\/\/[^\s<>]+)>/y;
const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/y;

/** A sticky pattern's match at `at`, if it ends by `end`. */
const matchAt = (pattern: RegExp, text: string, at: number, end: number) => {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match && at + match[0].length <= end ? match : null;
};

const RULES: readonly InlineRule[] = [
  (text, at, end) => {
    if (at + 2 > end) return null;
    const escaped = text[at] === '\\' ? text[at + 1] : undefined;
    if (escaped === undefined || !/[\\`*_{}[\]()#+\-.!<>|]/.test(escaped)) return null;
    return { inline: { kind: 'text', start: at + 1, end: at + 2 }, next: at + 2 };
  },
  (text, at) => {
    if (!text.startsWith('  \n', at)) return null;
    return { inline: { kind: 'break' }, next: at + 3 };
  },
  span('**', '**', 'strong'),
  span('<sup>', '</sup>', 'sup'),
  span('*', '*', 'em'),
  (text, at, end) => {
    if (text[at] !== '<') return null;
    const match = matchAt(AUTOLINK, text, at, end);
    if (!match?.[1]) return null;
    const url = match[1];
    return {
      inline: {
        kind: 'link',
        href: isWebUrl(url) ? url : null,
        children: [{ kind: 'text', start: at + 1, end: at + 1 + url.length }],
      },
      next: at + match[0].length,
    };
  },
  (text, at, end) => {
    if (text[at] !== '[') return null;
    const match = matchAt(LINK, text, at, end);
    if (!match?.[1] || !match[2]) return null;
    return {
      inline: {
        kind: 'link',
        href: isWebUrl(match[2]) ? match[2] : null,
        // A link's text holds no link of its own: an address in it is only text.
        children: readInline(text, at + 1, at + 1 + match[1].length).flatMap((part) =>
          part.kind === 'link' ? part.children : [part],
        ),
      },
      next: at + match[0].length,
    };
  },
];

/** Reads [start, end) of the text into inline parts. */
export const readInline = (text: string, start: number, end: number): Inline[] => {
  const parts: Inline[] = [];
  let runStart = start;
  let at = start;
  const closeRun = () => {
    if (at > runStart) parts.push({ kind: 'text', start: runStart, end: at });
  };
  while (at < end) {
    const found = RULES.reduce<ReturnType<InlineRule>>(
      (hit, rule) => hit ?? rule(text, at, end),
      null,
    );
    if (found) {
      closeRun();
      parts.push(found.inline);
      at = found.next;
      runStart = at;
    } else {
      at += 1;
    }
  }
  closeRun();
  return parts;
};

const HEADING = /^(#{1,6})[ \t]+/;
const RULE = /^[ \t]*(-{3,}|\*{3,}|_{3,})[ \t]*$/;

/** Reads a stored text into headings, rules and paragraphs (lines up to a blank line). */
export const readStoredText = (text: string): Block[] => {
  const blocks: Block[] = [];
  let paragraphStart = -1;
  let paragraphEnd = -1;
  const closeParagraph = () => {
    if (paragraphStart < 0) return;
    let end = paragraphEnd;
    while (end > paragraphStart && /\s/.test(text[end - 1] ?? '')) end -= 1;
    blocks.push({ kind: 'paragraph', children: readInline(text, paragraphStart, end) });
    paragraphStart = -1;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const heading = HEADING.exec(line);
    if (line.trim() === '') {
      closeParagraph();
    } else if (heading?.[1]) {
      closeParagraph();
      const children = readInline(text, lineStart + heading[0].length, lineEnd);
      blocks.push({ kind: 'heading', level: heading[1].length, children });
    } else if (RULE.test(line)) {
      closeParagraph();
      blocks.push({ kind: 'rule' });
    } else {
      if (paragraphStart < 0) paragraphStart = lineStart;
      // A paragraph keeps its line ends, so that "  \n" reads as a hard break.
      paragraphEnd = newline < 0 ? lineEnd : Math.min(lineEnd + 1, text.length);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  closeParagraph();
  return blocks;
};

/** Where the first run of text that a range overlaps starts being in it, if any run does. */
export const firstOffsetIn = (
  blocks: readonly Block[],
  range: { readonly start: number; readonly end: number },
): number | null => {
  const visit = (parts: readonly Inline[]): number | null => {
    for (const part of parts) {
      if (part.kind === 'text') {
        const from = Math.max(part.start, range.start);
        if (from < Math.min(part.end, range.end)) return from;
      } else if (part.kind !== 'break') {
        const found = visit(part.children);
        if (found !== null) return found;
      }
    }
    return null;
  };
  for (const block of blocks) {
    const found = block.kind === 'rule' ? null : visit(block.children);
    if (found !== null) return found;
  }
  return null;
};
