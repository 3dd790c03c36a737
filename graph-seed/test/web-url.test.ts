import { describe, expect, it } from 'vitest';
import { isWebUrl, WebUrl } from '../src';

describe('a web address in the data', () => {
  it.each([
    'http://news.xinhuanet.com/politics/2015-05/29/c_1115455011.htm',
    'https://chinalawtranslate.com/partyinspections/?lang=en',
    'HTTPS://EXAMPLE.ORG/',
    'http://127.0.0.1:3000/a',
  ])('accepts %s', (url) => {
    expect(WebUrl.parse(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/a',
    ' https://example.org/leading-space',
    'https://example.org/a b',
    'https:/example.org',
    '//example.org/a',
  ])('refuses %s, naming what it must be', (url) => {
    const result = WebUrl.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'must be an http:// or https:// address, without spaces',
    ]);
    expect(isWebUrl(url)).toBe(false);
  });

  it('is not a string, for isWebUrl, when it is absent', () => {
    expect(isWebUrl(null)).toBe(false);
    expect(isWebUrl(undefined)).toBe(false);
  });
});
