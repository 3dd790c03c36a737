import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveInto, publishStatic } from '../src/publish/publish-static';

const noApi = {
  inject: () => {
    throw new Error('the API was asked');
  },
} as unknown as Parameters<typeof publishStatic>[0];

describe('publishStatic', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a folder that holds anything but an earlier snapshot, and leaves it as it was', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
    const file = path.join(dir, 'thesis.docx');
    writeFileSync(file, 'three years of work');
    await expect(publishStatic(noApi, dir)).rejects.toThrow(
      /holds files but no published snapshot; choose a new or empty folder/,
    );
    expect(readFileSync(file, 'utf8')).toBe('three years of work');
    expect(readdirSync(path.dirname(dir)).filter((e) => e.includes('.partial-'))).toEqual([]);
  });

  it('refuses a file where a folder should be', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    await expect(publishStatic(noApi, file)).rejects.toThrow(/is not a folder/);
  });

  it('replaces an earlier snapshot entry by entry, leaving the host’s own files alone', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
    const out = path.join(dir, 'site');
    const partial = path.join(dir, 'partial');
    for (const [file, text] of [
      [path.join(out, 'CNAME'), 'graph.example.org'],
      [path.join(out, 'index.html'), 'old'],
      [path.join(out, 'api', 'old.json'), '{}'],
      [path.join(partial, 'index.html'), 'new'],
      [path.join(partial, 'api', 'new.json'), '{}'],
    ] as const) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    moveInto(partial, out);
    expect(readdirSync(out).sort()).toEqual(['CNAME', 'api', 'index.html']);
    expect(readFileSync(path.join(out, 'CNAME'), 'utf8')).toBe('graph.example.org');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(path.join(out, 'api'))).toEqual(['new.json']);
    expect(readdirSync(dir)).toEqual(['site']);
  });
});
