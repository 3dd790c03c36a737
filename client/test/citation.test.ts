import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '@pag/graph-seed';
import { citeSource, creditSource, creditSources } from '../src/export/citation';

const paper: SourceRecord = {
  id: 'paper',
  type: 'working-paper',
  title: 'The Chinese Communist Party in Chinese NGOs',
  titleZh: null,
  author: 'Shaoming Zhu (绍明)',
  publisher: 'Coalition for Peace & Ethics, Working Papers No. 8/2',
  date: '2015-08-24',
  url: 'https://example.org/paper.pdf',
  citedIn: null,
};

describe('citations made from source records', () => {
  it('cite author, title, publisher with date, and address, each closed by a full stop but the address', () => {
    expect(citeSource(paper)).toBe(
      'Shaoming Zhu (绍明). The Chinese Communist Party in Chinese NGOs. Coalition for Peace & Ethics, Working Papers No. 8/2, 2015-08-24. https://example.org/paper.pdf',
    );
  });

  it('leave out what the record lacks, and any address that is not a web address', () => {
    const bare = {
      ...paper,
      author: null,
      publisher: null,
      date: null,
      url: 'javascript:alert(1)',
    };
    expect(citeSource(bare)).toBe('The Chinese Communist Party in Chinese NGOs.');
    expect(citeSource({ ...bare, titleZh: '中国非政府组织中的共产党' })).toBe(
      'The Chinese Communist Party in Chinese NGOs (中国非政府组织中的共产党).',
    );
  });

  it('give a figure a short credit line, sources joined by semicolons', () => {
    expect(creditSource(paper)).toBe(
      'Shaoming Zhu (绍明), The Chinese Communist Party in Chinese NGOs (Coalition for Peace & Ethics, Working Papers No. 8/2, 2015-08-24)',
    );
    expect(creditSources([paper, { ...paper, author: null, publisher: null, date: null }])).toBe(
      `${creditSource(paper)}; The Chinese Communist Party in Chinese NGOs`,
    );
  });
});
