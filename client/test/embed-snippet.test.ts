import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../src/export/embed-snippet';

const at = { page: 'https://graph.example.org/embed', search: '?node=a&trace=up' };

describe('embedSnippet', () => {
  it('frames the same view at /embed, full width, titled, loaded when scrolled to', () => {
    expect(embedUrl(at)).toBe('https://graph.example.org/embed?node=a&trace=up');
    expect(embedSnippet(at, 'Lines of authority up from A')).toBe(
      '<iframe src="https://graph.example.org/embed?node=a&#38;trace=up" title="Lines of authority up from A" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('keeps a title or address from breaking out of its attribute', () => {
    const snippet = embedSnippet(
      { page: 'https://graph.example.org/embed', search: '?q="><script>' },
      'A "quoted" <b>title</b> & more',
    );
    expect(snippet).not.toContain('<script>');
    expect(snippet).not.toContain('<b>');
    expect(snippet).toContain('title="A &#34;quoted&#34; &#60;b&#62;title&#60;/b&#62; &#38; more"');
  });
});
