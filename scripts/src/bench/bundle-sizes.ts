import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Loaded with the page (linked from index.html), or only when a feature asks for it. */
  readonly loading: 'initial' | 'lazy';
}

/** The size of every script and stylesheet the client build emitted, raw and gzipped. */
export const bundleSizes = (distDir: string): ChunkSize[] => {
  const index = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const assets = path.join(distDir, 'assets');
  return readdirSync(assets)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const content = readFileSync(path.join(assets, file));
      return {
        file,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
        loading: index.includes(`assets/${file}`) ? ('initial' as const) : ('lazy' as const),
      };
    })
    .sort((a, b) =>
      a.loading === b.loading ? b.bytes - a.bytes : a.loading === 'initial' ? -1 : 1,
    );
};
