import { describe, expect, it } from 'vitest';
import { toBibtex, toCslJson, toRis, type Source } from '../src';

const paper: Source = {
  id: 'paper',
  type: 'working-paper',
  title: 'The Chinese Communist Party in Chinese NGOs',
  author: 'Shaoming Zhu (绍明)',
  publisher: 'Coalition for Peace & Ethics, Working Papers No. 8/2',
  date: '2015-08-24',
};
const article: Source = {
  id: 'article',
  type: 'web-article',
  title: 'A report on 100% of {braces} #1_x ~ ^ \\',
  titleZh: '报道',
  date: '2015-06',
  url: 'http://example.org/a?b=1&c=2',
  citedIn: 'paper',
};

describe('CSL-JSON', () => {
  it('gives each source its type, title, author as written, publisher, date parts, address and where it is cited', () => {
    expect(JSON.parse(toCslJson([paper, article]))).toEqual([
      {
        id: 'paper',
        type: 'report',
        title: paper.title,
        author: [{ literal: 'Shaoming Zhu (绍明)' }],
        publisher: paper.publisher,
        issued: { 'date-parts': [[2015, 8, 24]] },
      },
      {
        id: 'article',
        type: 'webpage',
        title: article.title,
        'original-title': '报道',
        issued: { 'date-parts': [[2015, 6]] },
        URL: article.url,
        note: 'Quoted as cited in The Chinese Communist Party in Chinese NGOs',
      },
    ]);
  });
});

describe('RIS', () => {
  it('writes one record per source, tagged lines in CRLF, each ended by ER', () => {
    const ris = toRis([paper, article]);
    const records = ris.trim().split('\r\n\r\n');
    expect(records).toHaveLength(2);
    expect(records[0]?.split('\r\n')).toEqual([
      'TY  - RPRT',
      'ID  - paper',
      `TI  - ${paper.title}`,
      'AU  - Shaoming Zhu (绍明)',
      `PB  - ${paper.publisher}`,
      'PY  - 2015',
      'DA  - 2015/08/24/',
      'ER  - ',
    ]);
    expect(records[1]).toContain('DA  - 2015/06//');
    expect(records[1]).toContain('TT  - 报道');
    expect(ris).not.toMatch(/[^\r]\n/);
  });
});

describe('BibTeX', () => {
  it('escapes TeX’s special characters and keeps braces balanced', () => {
    const bib = toBibtex([article]);
    expect(bib).toContain(
      'title = {{A report on 100\\% of \\{braces\\} \\#1\\_x \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}}',
    );
    const unescaped = bib.replace(/\\[{}]/g, '');
    const depth = (unescaped.match(/\{/g) ?? []).length - (unescaped.match(/\}/g) ?? []).length;
    expect(depth).toBe(0);
    expect(bib).toContain('url = {http://example.org/a?b=1&c=2}');
    expect(bib).toContain('month = jun');
  });

  it('makes the working paper a techreport of its institution, its author one name', () => {
    const bib = toBibtex([paper]);
    expect(bib).toMatch(/^@techreport\{paper,/);
    expect(bib).toContain('author = {{Shaoming Zhu (绍明)}}');
    expect(bib).toContain('institution = {Coalition for Peace \\& Ethics, Working Papers No. 8/2}');
  });
});
