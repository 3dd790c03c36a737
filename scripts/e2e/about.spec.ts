import { readFile } from 'node:fs/promises';
import { GraphMeta } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { exportFile, screenshotPath, waitForGraph } from './support/ui';

test('the first view names what the graph is read from, and About says where, what, which version and how to read it', async ({
  page,
  request,
}) => {
  const meta = GraphMeta.parse(await (await request.get('/api/meta')).json());
  const [paper] = meta.basedOn;
  expect(meta.basedOn).toHaveLength(1);
  expect(paper?.type).toBe('working-paper');
  await page.goto('/');
  await waitForGraph(page);

  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.locator('.data-credit')).toContainText(
    `Source: ${paper?.author}, ${paper?.title} (${paper?.publisher}, ${paper?.date})`,
  );
  await panel.getByRole('button', { name: 'About the data' }).click();
  const about = page.getByRole('dialog', { name: 'About this data' });
  await expect(about).toBeVisible();
  await expect(about.locator('cite')).toHaveText(
    `${paper?.author}. ${paper?.title}. ${paper?.publisher}, ${paper?.date}.`,
  );
  await expect(about).toContainText(
    `${meta.counts.citedThrough} more sources, the documents and press reports cited there, are known only through it`,
  );
  await expect(about).toContainText(
    `${meta.counts.nodes} nodes and ${meta.counts.relationships} relationships; the dated documents in it date from 2015`,
  );
  await expect(about).toContainText(`Data version ${meta.dataVersion ?? ''}, loaded on`);
  await expect(about).toContainText('Where the sources state no line of authority, it has none');
  // Undated documents are counted, not left out of the range silently.
  const undated = meta.documents.filter((d) => d.date === null).length;
  if (undated === 0) await expect(about).not.toContainText('undated');
  else
    await expect(about).toContainText(
      undated === 1 ? 'One document is undated.' : `${undated} documents are undated.`,
    );
  await expect(about.locator('.strength-key li')).toHaveCount(4);
  await page.screenshot({ path: screenshotPath('about.png') });
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();

  // The i key opens it too, in the interface language.
  await page.getByRole('button', { name: '中文' }).click();
  await page.keyboard.press('i');
  await expect(page.getByRole('dialog', { name: '关于本数据' })).toContainText(
    `${meta.counts.nodes} 个节点`,
  );
});

test('every figure, data export and evidence report names what the graph is read from', async ({
  page,
  request,
}) => {
  const meta = GraphMeta.parse(await (await request.get('/api/meta')).json());
  const [paper] = meta.basedOn;
  const credit = `Source: ${paper?.author}, ${paper?.title} (${paper?.publisher}, ${paper?.date})`;
  await page.goto('/?node=social-organizations&trace=up');
  await waitForGraph(page);

  const svg = (await exportFile(page, 'SVG')).bytes.toString('utf8');
  const texts = await page.evaluate(
    (text) =>
      Array.from(
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text'),
        (t) => t.textContent,
      ),
    svg,
  );
  // The caption's lines break to fit the figure: joined, the credit reads whole.
  expect(texts.join(' ')).toContain(credit);

  const json = JSON.parse((await exportFile(page, 'Data (JSON)')).bytes.toString('utf8')) as {
    about: { basedOn: { title: string }[]; loadedAt: string };
  };
  expect(json.about.basedOn.map((s) => s.title)).toEqual([paper?.title]);
  expect(json.about.loadedAt).toBe(meta.loadedAt);

  const panel = page.getByRole('complementary', { name: 'Details' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Evidence report (.md)' }).click(),
  ]);
  const report = await readFile(await download.path(), 'utf8');
  expect(report).toContain(`(data ${meta.dataVersion ?? ''})`);
  expect(report).toContain(`The graph is read from: ${paper?.author}. ${paper?.title}.`);
});
