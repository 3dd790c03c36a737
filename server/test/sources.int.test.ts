import { describe, expect, it } from 'vitest';
import { SourceDetail, normalizeWhitespace } from '@pag/graph-seed';
import { getOk } from './support/api-client';
import { build } from './support/build';

describe('GET /api/sources/:id', () => {
  it('returns the working paper with its text and the range of every quote that cites it', async () => {
    const app = await build();
    const body = await getOk(app, '/api/sources/cpe-working-paper-8-2', SourceDetail);
    expect(body.source).toMatchObject({
      title: 'The Chinese Communist Party in Chinese NGOs',
      author: 'Shaoming Zhu (绍明)',
      date: '2015-08-24',
    });
    expect(body.textSourceId).toBe('cpe-working-paper-8-2');
    const text = body.text ?? '';
    expect(text).toContain('THE CHINESE COMMUNIST PARTY IN CHINESE');
    expect(body.quotes.length).toBeGreaterThan(50);
    for (const quote of body.quotes) {
      expect(normalizeWhitespace(text.slice(quote.start, quote.end))).toBe(
        normalizeWhitespace(quote.quote),
      );
    }
    // Quotes cited through the footnote sources are in the paper's text too.
    expect(body.quotes.some((q) => q.sourceId === 'people-cpc-2015-06-26-cppcc-opinion')).toBe(
      true,
    );
    expect(body.quotes.some((q) => q.citedBy.kind === 'relationship')).toBe(true);
  });

  it('shows a footnote source with the paper text and only its own quotes', async () => {
    const app = await build();
    const body = await getOk(app, '/api/sources/people-cpc-2015-06-26-cppcc-opinion', SourceDetail);
    expect(body.source.url).toBe('http://cpc.people.com.cn/n/2015/0626/c64387-27212847.html');
    expect(body.source.citedIn).toBe('cpe-working-paper-8-2');
    expect(body.textSourceId).toBe('cpe-working-paper-8-2');
    // Whose text it is, with what a citation of it needs.
    expect(body.textSource).toMatchObject({
      id: 'cpe-working-paper-8-2',
      title: 'The Chinese Communist Party in Chinese NGOs',
      author: 'Shaoming Zhu (绍明)',
    });
    expect(body.quotes.length).toBeGreaterThan(0);
    expect(body.quotes.every((q) => q.sourceId === 'people-cpc-2015-06-26-cppcc-opinion')).toBe(
      true,
    );
  });

  it('answers 404 for an unknown source', async () => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: '/api/sources/no-such-source' });
    expect(response.statusCode).toBe(404);
  });
});
