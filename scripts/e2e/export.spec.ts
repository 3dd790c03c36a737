import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { z } from 'zod';
import { ChainsResponse, GraphElements } from '@pag/graph-seed';
import { exportFile, screenshotPath, selectedId, waitForGraph } from './support/ui';

/** The script that reads GraphML and GEXF with networkx (Debian's python3-networkx). */
const readGraphFormats = fileURLToPath(
  new URL('../test/support/read-graph-formats.py', import.meta.url),
);

const today = () => new Date().toISOString().slice(0, 10);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
const pngSize = (bytes: Buffer) => {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

/** The text of an SVG document's text elements, as the browser parses it. */
const svgTexts = (page: Page, svg: string) =>
  page.evaluate(
    (text) =>
      Array.from(
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text'),
        (t) => t.textContent,
      ),
    svg,
  );

/** Counts pixels that are not white, by drawing the image in the page. */
const inkedPixels = (page: Page, bytes: Buffer) =>
  page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) inked += 1;
    return inked;
  }, bytes.toString('base64'));

test('PNG exports are valid, scale with the asked factor, carry the figure and are never blank', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);

  const one = await exportFile(page, 'PNG 1×');
  expect(one.name).toMatch(/^party-authority-graph-whole-\d{4}-\d{2}-\d{2}-1x\.png$/);
  const size1 = pngSize(one.bytes);
  await expect(page.getByRole('status').filter({ hasText: 'Exported a' })).toHaveText(
    `Exported a ${size1.width}×${size1.height} px PNG`,
  );

  const two = await exportFile(page, 'PNG 2×');
  const size2 = pngSize(two.bytes);
  expect(Math.abs(size2.width - 2 * size1.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(size2.height - 2 * size1.height)).toBeLessThanOrEqual(2);

  await writeFile(screenshotPath('export-1x.png'), one.bytes);
  const inked = await inkedPixels(page, one.bytes);
  expect(inked).toBeGreaterThan(size1.width * size1.height * 0.01);
});

test('the view data exports as JSON and CSV', async ({ page, request }) => {
  const api = GraphElements.parse(await (await request.get('/api/graph')).json());
  await page.goto('/');
  await waitForGraph(page);

  const json = z
    .object({
      nodes: z.array(z.unknown()),
      edges: z.array(z.unknown()),
      dataVersion: z.string(),
    })
    .parse(JSON.parse((await exportFile(page, 'Data (JSON)')).bytes.toString('utf8')));
  expect(json.nodes).toHaveLength(api.nodes.length);
  expect(json.edges).toHaveLength(api.edges.length);
  expect(json.dataVersion).toMatch(/^[0-9a-f]{12}$/);

  const csv = (await exportFile(page, 'Relationships (CSV)')).bytes
    .toString('utf8')
    .trimEnd()
    .split('\r\n');
  expect(csv[0]).toBe(
    'id,type,authority,basis,modality,source_id,source_name,source_name_zh,target_id,target_name,target_name_zh',
  );
  expect(csv.some((row) => row.includes(',PROVIDES_PARTY_GROUP_IN,true,provision,may,'))).toBe(
    true,
  );
  expect(csv).toHaveLength(api.edges.length + 1);
  expect(csv.some((row) => row.includes('社会组织'))).toBe(true);
});

test('a traced view exports as GraphML and GEXF that networkx reads, with its evidence, and its sources as references', async ({
  page,
  request,
}) => {
  const trace = ChainsResponse.parse(
    await (await request.get('/api/authority/social-organizations?direction=up')).json(),
  );
  await page.goto('/?node=social-organizations&trace=up');
  await waitForGraph(page);
  await expect(page.locator('.chains > li, .chain-tree').first()).toBeVisible();
  const dir = await mkdtemp(path.join(tmpdir(), 'view-files-'));
  const files: Record<string, string> = {};
  for (const [label, extension] of [
    ['Graph for Gephi, yEd (GraphML)', 'graphml'],
    ['Graph for Gephi (GEXF)', 'gexf'],
  ] as const) {
    const file = await exportFile(page, label);
    expect(file.name).toBe(
      `party-authority-graph-trace-up-social-organizations-${today()}.${extension}`,
    );
    files[extension] = path.join(dir, file.name);
    await writeFile(files[extension], file.bytes);
  }
  await expect(page.locator('.export-status')).toHaveText(
    `Exported ${trace.nodes.length} nodes and ${trace.edges.length} relationships, with their evidence, as GEXF`,
  );
  // Read back as a Gephi or Python user would: the chains' nodes and relationships, each with
  // its kind or type, its names and its quotes.
  const read = z
    .record(
      z.string(),
      z.object({
        directed: z.boolean(),
        nodes: z.record(z.string(), z.record(z.string(), z.unknown())),
        edges: z.array(z.record(z.string(), z.unknown())),
      }),
    )
    .parse(
      JSON.parse(
        execFileSync('python3', [readGraphFormats, files.graphml ?? '', files.gexf ?? ''], {
          encoding: 'utf8',
        }),
      ),
    );
  for (const graph of Object.values(read)) {
    expect(graph.directed).toBe(true);
    expect(Object.keys(graph.nodes).sort()).toEqual(trace.nodes.map((n) => n.data.id).sort());
    expect(graph.edges).toHaveLength(trace.edges.length);
    expect(graph.nodes['social-organizations']).toMatchObject({
      kind: 'governed-entity',
      name: 'Social organizations',
      nameZh: '社会组织',
    });
    for (const edge of graph.edges) expect(String(edge.evidence)).toMatch(/“.+” — /);
  }

  // The references: every source the chains' evidence cites, in each format.
  const cited = new Set(
    trace.chains.flatMap((chain) =>
      chain.hops.flatMap((hop) => hop.sources.map((s) => s.sourceId)),
    ),
  );
  const csl = z
    .array(z.object({ id: z.string(), title: z.string() }))
    .parse(
      JSON.parse((await exportFile(page, 'Sources for Zotero (CSL-JSON)')).bytes.toString('utf8')),
    );
  for (const id of cited) expect(csl.map((item) => item.id)).toContain(id);
  const ris = (await exportFile(page, 'Sources (RIS)')).bytes.toString('utf8');
  expect(ris.match(/^TY {2}- /gm)).toHaveLength(csl.length);
  const bibtex = await exportFile(page, 'Sources (BibTeX)');
  expect(bibtex.name).toBe(
    `party-authority-graph-trace-up-social-organizations-${today()}-sources.bib`,
  );
  expect(bibtex.bytes.toString('utf8').match(/^@\w+\{/gm)).toHaveLength(csl.length);
});

test('the SVG export holds the node labels as text, the legend and the caption', async ({
  page,
  request,
}) => {
  const api = GraphElements.parse(await (await request.get('/api/graph')).json());
  await page.goto('/?kinds=party-organ');
  await waitForGraph(page);

  const file = await exportFile(page, 'SVG');
  expect(file.name).toMatch(/^party-authority-graph-whole-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = file.bytes.toString('utf8');
  await writeFile(screenshotPath('export.svg'), svg);
  await expect(page.getByRole('status').filter({ hasText: 'Exported an SVG' })).toBeVisible();

  // A well-formed SVG document, as the browser parses it.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      root: doc.documentElement.nodeName,
      error: doc.querySelector('parsererror') !== null,
      texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent),
    };
  }, svg);
  expect(parsed).toMatchObject({ root: 'svg', error: false });
  // Long names wrap over several text lines: joined, each name reads whole.
  const words = parsed.texts.join(' ').replace(/\s+/g, ' ');
  const partyOrgans = api.nodes.filter((n) => n.data.kind === 'party-organ');
  expect(partyOrgans.length).toBeGreaterThan(3);
  for (const node of partyOrgans) expect(words).toContain(node.data.name);
  expect(words).toContain('Party organ 党的机构');
  expect(words).toContain('Line of authority');
  expect(words).toMatch(
    /Party Authority Graph · data [0-9a-f]{12} of \d{4}-\d{2}-\d{2} · \d{4}-\d{2}-\d{2}/,
  );
  // The view's link, whole once its lines are joined.
  expect(words.replace(/ /g, '')).toContain('View:http://127.0.0.1');
  // The legend explains what the figure shows, and nothing it does not.
  expect(words).toContain('Inferred from a name or title');
  expect(words).not.toContain('State organ 国家机关');
  expect(words).not.toContain('Hollow arrow');

  // The whole graph has every kind of line: the legend shows how each claim's strength is drawn.
  await page.goto('/');
  await waitForGraph(page);
  const whole = (await exportFile(page, 'SVG')).bytes.toString('utf8');
  const wholeWords = (await svgTexts(page, whole)).join(' ');
  expect(wholeWords).toContain('Hollow arrow: the source says "may"');
  expect(wholeWords).toContain('State organ 国家机关');
  expect(whole).toMatch(/<line [^>]*stroke-dasharray="1.5 3"/);
  expect(whole).toMatch(/<polygon [^>]*fill="none"/);
});

test('a figure of a trace shows the chains alone, with a legend of what is in it, a caption that says what it is, and a name that says what and when', async ({
  page,
  request,
}) => {
  const chains = ChainsResponse.parse(
    await (await request.get('/api/authority/social-organizations')).json(),
  );
  const inChains = new Set(chains.nodes.map((n) => n.data.id));
  const all = GraphElements.parse(await (await request.get('/api/graph')).json());
  const outside = all.nodes.find((n) => !inChains.has(n.data.id) && n.data.kind === 'person');
  expect(outside).toBeDefined();
  await page.goto('/?node=social-organizations&trace=up');
  await waitForGraph(page);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(
    page.getByRole('checkbox', { name: 'Figures of the traced chains alone' }),
  ).toBeChecked();
  const file = await exportFile(page, 'SVG');
  expect(file.name).toMatch(
    /^party-authority-graph-trace-up-social-organizations-\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const texts = await svgTexts(page, file.bytes.toString('utf8'));
  const words = texts.join(' ').replace(/\s+/g, ' ');
  expect(words).toContain('Party Authority Graph: Lines of authority up from Social organizations');
  for (const node of chains.nodes) expect(words).toContain(node.data.name.split(' ')[0] ?? '');
  expect(words).not.toContain(outside?.data.name ?? '');
  // The legend explains what the figure shows: no person in the chain, no person in the legend.
  expect(texts).not.toContain('Person 人物');
  expect(texts).toContain('Governed organization 受领导组织');
  // The selection is the view's, not the figure's: it is back once the figure is drawn.
  expect(await selectedId(page)).toBe('social-organizations');
  const png = await exportFile(page, 'PNG 2×');
  expect(png.name).toMatch(/^party-authority-graph-trace-up-social-organizations-.*-2x\.png$/);
  await writeFile(screenshotPath('export-chain.png'), png.bytes);

  await page.getByRole('checkbox', { name: 'Figures of the traced chains alone' }).uncheck();
  const whole = await exportFile(page, 'SVG');
  expect(whole.name).toMatch(/-in-graph-\d{4}-\d{2}-\d{2}\.svg$/);
  expect((await svgTexts(page, whole.bytes.toString('utf8'))).join(' ')).toContain('Person 人物');
});
