import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishStatic } from '../src/publish/publish-static';

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
      /holds files that are not a published snapshot; choose a new or empty folder/,
    );
    expect(readFileSync(file, 'utf8')).toBe('three years of work');
    expect(existsSync(`${dir}.partial`)).toBe(false);
  });

  it('refuses a file where a folder should be', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    await expect(publishStatic(noApi, file)).rejects.toThrow(/is not a folder/);
  });
});
