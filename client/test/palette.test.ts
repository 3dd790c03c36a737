import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paletteProperties } from '../src/theme/apply-palette';

const src = fileURLToPath(new URL('../src', import.meta.url));
const stylesheets = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({ file, css: readFileSync(path.join(src, file), 'utf8') }));

describe('one palette for the interface, the canvas and the exports', () => {
  it('finds the stylesheets', () => {
    expect(stylesheets.length).toBeGreaterThan(10);
  });

  it('writes no colour or font literal in any stylesheet', () => {
    for (const { file, css } of stylesheets) {
      expect(css.match(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi), file).toBeNull();
      expect(css.match(/font-family:(?!\s*var\()/g), file).toBeNull();
    }
  });

  it('uses only custom properties the palette defines', () => {
    const defined = new Set(paletteProperties().map(([name]) => name));
    for (const { file, css } of stylesheets) {
      for (const [, name] of css.matchAll(/var\((--[\w-]+)\)/g)) {
        expect(defined, `${file} uses ${name}`).toContain(name);
      }
    }
  });
});
