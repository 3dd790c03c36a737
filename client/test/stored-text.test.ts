import { describe, expect, it } from 'vitest';
import { firstOffsetIn, readStoredText, type Block, type Inline } from '../src/text/stored-text';

/** The inline parts as a person reads them, markup as tags, text from its source offsets. */
const show = (text: string, parts: readonly Inline[]): string =>
  parts
    .map((part) => {
      if (part.kind === 'text') return text.slice(part.start, part.end);
      if (part.kind === 'break') return '<br>';
      if (part.kind === 'link')
        return `<a ${part.href ?? 'inert'}>${show(text, part.children)}</a>`;
      return `<${part.kind}>${show(text, part.children)}</${part.kind}>`;
    })
    .join('');

const shown = (text: string) =>
  readStoredText(text).map((block: Block) =>
    block.kind === 'rule'
      ? '<hr>'
      : block.kind === 'heading'
        ? `<h${block.level}>${show(text, block.children)}`
        : `<p>${show(text, block.children)}`,
  );

describe('a stored source text read for display', () => {
  it('reads headings, paragraphs, rules and hard line breaks', () => {
    const text =
      '**WORKING PAPERS  \nCOALITION**\n\n## **1. A heading** **中文**\n\nOne line\nand the next.\n\n---\n\nAfter the rule.';
    expect(shown(text)).toEqual([
      '<p><strong>WORKING PAPERS<br>COALITION</strong>',
      '<h2><strong>1. A heading</strong> <strong>中文</strong>',
      '<p>One line\nand the next.',
      '<hr>',
      '<p>After the rule.',
    ]);
  });

  it('reads footnote marks, links, autolinks and escapes', () => {
    const text =
      'Dispatched by Party Organizations.<sup>1</sup>\n\n<sup>1</sup> See <http://example.org/a_b> and [c\\_1.htm](http://example.org/c_1.htm)';
    expect(shown(text)).toEqual([
      '<p>Dispatched by Party Organizations.<sup>1</sup>',
      '<p><sup>1</sup> See <a http://example.org/a_b>http://example.org/a_b</a> and <a http://example.org/c_1.htm>c_1.htm</a>',
    ]);
  });

  it('reads escaped markers as text, and markers apart from their words as text', () => {
    expect(shown('*a\\*')).toEqual(['<p>*a*']);
    expect(shown('**foo\\** bar**')).toEqual(['<p><strong>foo** bar</strong>']);
    expect(shown('x * y * z')).toEqual(['<p>x * y * z']);
    expect(shown('[see <http://example.org/a>](http://example.org/b)')).toEqual([
      '<p><a http://example.org/b>see http://example.org/a</a>',
    ]);
  });

  it('keeps any other markup, and any other address, as text', () => {
    const text =
      'A <img src=x onerror="alert(1)"> and <script>x</script> [click](javascript:alert(2)) <b>b</b>';
    expect(shown(text)).toEqual([`<p>${text}`]);
  });

  it('gives every run of text its offsets in the stored text, so a quote can be found in it', () => {
    const text = '## Title\n\nThe **Central Committee** leads<sup>2</sup> the Party.';
    const runs: [number, number][] = [];
    const collect = (parts: readonly Inline[]) => {
      for (const part of parts) {
        if (part.kind === 'text') runs.push([part.start, part.end]);
        else if (part.kind !== 'break') collect(part.children);
      }
    };
    for (const block of readStoredText(text)) if (block.kind !== 'rule') collect(block.children);
    expect(runs.map(([start, end]) => text.slice(start, end))).toEqual([
      'Title',
      'The ',
      'Central Committee',
      ' leads',
      '2',
      ' the Party.',
    ]);
    // Runs follow one another through the text.
    runs.slice(1).forEach(([start], i) => expect(start).toBeGreaterThanOrEqual(runs[i]?.[1] ?? 0));
  });

  it('reads the working paper of the seed without losing a character of its words', async () => {
    const { readFileSync } = await import('node:fs');
    const paper = readFileSync(
      new URL('../../graph-seed/data/texts/cpe-working-paper-8-2.md', import.meta.url),
      'utf8',
    );
    const blocks = readStoredText(paper);
    expect(blocks.filter((b) => b.kind === 'heading').length).toBe(14);
    expect(blocks.filter((b) => b.kind === 'rule').length).toBe(6);
    // What no run of text covers is markup only: marks, escapes, tags and link targets.
    const covered = new Uint8Array(paper.length);
    const cover = (parts: readonly Inline[]) => {
      for (const part of parts) {
        if (part.kind === 'text') covered.fill(1, part.start, part.end);
        else if (part.kind !== 'break') cover(part.children);
      }
    };
    for (const block of blocks) if (block.kind !== 'rule') cover(block.children);
    const gaps = paper.split('').reduce<string[]>(
      (list, character, i) => {
        if (covered[i]) list.push('');
        else list[list.length - 1] = (list.at(-1) ?? '') + character;
        return list;
      },
      [''],
    );
    const MARKUP = /^(\s|\*|#|-|\\|<\/?sup>|<|>|\[|\]\(https?:\/\/[^\s()]+\))*$/;
    expect(gaps.filter((gap) => !MARKUP.test(gap))).toEqual([]);
  });

  it('finds where a highlighted range first shows, even when it starts on markup', () => {
    const text = 'Intro.\n\nThe **Central Committee** leads.';
    const blocks = readStoredText(text);
    const strong = text.indexOf('**');
    // A range starting on the ** shows first at the C after it.
    expect(firstOffsetIn(blocks, { start: strong, end: text.length })).toBe(strong + 2);
    expect(firstOffsetIn(blocks, { start: 0, end: 3 })).toBe(0);
    expect(firstOffsetIn(blocks, { start: strong, end: strong + 2 })).toBeNull();
  });
});
