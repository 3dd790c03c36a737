import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { marked } from 'marked';
import { ChainsResponse, GraphElements, NodeDetail, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { exportFile, screenshotPath, ui, waitForGraph } from './support/ui';

// Runs against the hostile fixture (scripts/e2e/fixtures/hostile), which `pnpm test` loads
// after the seed suite: a valid graph whose every text field is an attack. A payload that
// became markup would fetch `/pwned/…` or set `window.__pwned`; one that became a link would
// leave a `javascript:` address in the page. None may, in any view or export.

const NGO = 'evil-ngo';
const GROUPS = 'evil-groups';
const DOCUMENT = 'evil-document';
const HOSTILE_EDGE = 'evil-groups-accept-leadership-of-centre';

/** What the payloads would have done: requests they caused and dialogs they opened. */
interface Tripwires {
  readonly requests: string[];
  readonly dialogs: string[];
}

const armTripwires = (page: Page, origin: string): Tripwires => {
  const tripwires: Tripwires = { requests: [], dialogs: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    const foreign = /^https?:$/.test(url.protocol) && url.origin !== origin;
    if (foreign || url.pathname.startsWith('/pwned')) tripwires.requests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    tripwires.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return tripwires;
};

/** Fails unless no payload has run, loaded or become a link or an element, so far. */
const expectInert = async (page: Page, tripwires: Tripwires, where: string) => {
  const dom = await page.evaluate(() => ({
    ran: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    elements: Array.from(
      document.querySelectorAll(
        'script:not([src]), iframe, object, embed, foreignObject, img, [onerror], [onload], [onmouseover]',
      ),
      (element) => element.outerHTML.slice(0, 120),
    ),
    links: Array.from(
      document.querySelectorAll('a[href]'),
      (a) => a.getAttribute('href') ?? '',
    ).filter((href) => !/^(https?:\/\/|\/|#|\?)/i.test(href)),
  }));
  expect({ ...dom, ...tripwires }, `payloads acted in ${where}`).toEqual({
    ran: null,
    elements: [],
    links: [],
    requests: [],
    dialogs: [],
  });
};

const download = async (page: Page, click: () => Promise<void>): Promise<string> => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await file.path(), 'utf8');
};

/**
 * Renders Markdown as a Markdown viewer would, parses the HTML in the page and lists the
 * elements and attributes in it that could run, load or link anywhere.
 */
const activeHtml = (page: Page, markdown: string) =>
  page.evaluate(
    (html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return Array.from(doc.body.querySelectorAll('*')).flatMap((element) => [
        ...(/^(script|img|iframe|svg|object|embed|style|link|meta)$/.test(element.localName)
          ? [element.localName]
          : []),
        ...Array.from(element.attributes)
          .filter(
            (a) =>
              /^on/i.test(a.name) || (/^(href|src)$/.test(a.name) && !/^https?:/i.test(a.value)),
          )
          .map((a) => `${element.localName}[${a.name}=${a.value}]`),
      ]);
    },
    marked.parse(markdown, { async: false }),
  );

/** A minimal RFC 4180 reader: fields and rows, quotes and doubled quotes. */
const csvFields = (text: string): string[] => {
  const fields: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    const [whole, raw = '', end] = match;
    if (whole === '') break;
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (end === '') break;
  }
  return fields;
};

test.beforeEach(async ({ request }) => {
  const response = await request.get(`/api/nodes/${NGO}`);
  expect(
    response.status(),
    'the hostile fixture is not loaded: `pnpm test --only e2e` loads scripts/e2e/fixtures/hostile before this file runs',
  ).toBe(200);
});

test('hostile names, quotes, notes and addresses show as text in every view, and nothing in them runs', async ({
  page,
  request,
  baseURL,
}) => {
  const graph = GraphElements.parse(await (await request.get('/api/graph')).json());
  const names = new Map(graph.nodes.map((n) => [n.data.id, n.data]));
  const ngo = NodeDetail.parse(await (await request.get(`/api/nodes/${NGO}`)).json());
  const groups = NodeDetail.parse(await (await request.get(`/api/nodes/${GROUPS}`)).json());
  const tripwires = armTripwires(page, new URL(baseURL ?? '').origin);

  await page.goto('/');
  await waitForGraph(page);
  await expectInert(page, tripwires, 'the first view');

  // The hover tip and the outline give the names verbatim, as text.
  const tip = page.locator('.graph-tip');
  await ui.hoverNode(page, GROUPS);
  await expect(tip).toContainText(groups.node.name);
  await page.keyboard.press('o');
  const outline = page.getByRole('region', { name: 'Outline of the current graph' });
  for (const node of names.values()) await expect(outline).toContainText(node.name);
  await expectInert(page, tripwires, 'the hover tip and the outline');
  await page.keyboard.press('o');

  // Search offers the hostile name as text; the details show every field as written.
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await search.fill('Evil NGO');
  await expect(page.getByRole('option').first()).toContainText(ngo.node.name);
  await expectInert(page, tripwires, 'the search results');
  await search.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Details' });
  const heading = panel.getByRole('article').getByRole('heading', { level: 2 });
  await expect(heading).toContainText(ngo.node.name);
  await expect(panel).toContainText(ngo.node.description ?? '');
  await expect(panel.locator('blockquote').first()).toHaveText(
    ngo.sources[0]?.quote.replace(/\s+/g, ' ') ?? '',
  );
  // The source's address is kept whole as the link's target, and only as its target.
  const source = ngo.sources[0];
  await expect(panel.getByRole('link', { name: source?.title ?? '' }).first()).toHaveAttribute(
    'href',
    source?.url ?? '',
  );
  await expectInert(page, tripwires, 'the node details');

  // The stored source text, with its raw HTML, is shown as text.
  await panel.getByRole('button', { name: 'Show in source' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(source?.title ?? '');
  await expect(dialog).toContainText("<script>window.__pwned='quote-2'</script>");
  await expectInert(page, tripwires, 'the source viewer');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Tracing up lists each hop with its quote, caveats and document.
  const chains = ChainsResponse.parse(
    await (await request.get(`/api/authority/${NGO}?direction=up`)).json(),
  );
  expect(chains.chains.map((chain) => chain.hops.at(-1)?.to)).toContain(PARTY_CENTRE_ID);
  await page.getByRole('button', { name: 'Trace up' }).click();
  await expect(panel.locator('.chains > li')).toHaveCount(chains.chains.length);
  await expect(panel.locator('.chains')).toContainText(
    "Evil groups <script>window.__pwned='quote-2'</script> must accept",
  );
  await expectInert(page, tripwires, 'the trace panel');
  await page.screenshot({ path: screenshotPath('hostile-trace.png') });

  // The evidence report keeps the text and escapes what Markdown or HTML would interpret.
  const report = await download(page, () =>
    panel.getByRole('button', { name: 'Evidence report (.md)' }).click(),
  );
  expect(report).toContain('window.__pwned');
  expect(await activeHtml(page, report)).toEqual([]);
  await page.keyboard.press('Escape');

  // The relationship with hostile notes: its note and caveat show as text.
  await ui.clickEdge(page, HOSTILE_EDGE);
  const edge = graph.edges.find((e) => e.data.id === HOSTILE_EDGE)?.data;
  await expect(heading).toContainText(names.get(GROUPS)?.name ?? '');
  await expect(panel).toContainText('<img src="/pwned/modality-note"');
  await expect(panel).toContainText("[Note](javascript:window.__pwned='note')");
  expect(edge?.type).toBe('MUST_ACCEPT_LEADERSHIP_OF');
  await expectInert(page, tripwires, 'the relationship details');

  // The document, its hostile address and its place on the timeline.
  await page.keyboard.press('/');
  await search.fill('SUM');
  await search.press('Enter');
  await expect(heading).toContainText(names.get(DOCUMENT)?.name ?? '');
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await filters.click();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  await expectInert(page, tripwires, 'the document details and the filters');
  await filters.click();

  // Paths, and the Chinese interface with the hostile Chinese names.
  await page.keyboard.press('/');
  await search.fill('Evil NGO');
  await search.press('Enter');
  await expect(heading).toContainText(ngo.node.name);
  await page.getByRole('button', { name: 'Find paths…' }).click();
  const to = panel.getByRole('combobox', { name: 'To which node?' });
  await to.fill('中央委员会');
  await expect(panel.getByRole('option').first()).toContainText('中央委员会<script>');
  await to.press('Enter');
  await expect(panel.locator('.chains > li').first()).toBeVisible();
  await expectInert(page, tripwires, 'the path finder');
  await page.getByRole('button', { name: '中文' }).click();
  const panelZh = page.getByRole('complementary', { name: '详情' });
  await expect(panelZh.locator('.chains')).toContainText(ngo.node.nameZh ?? '');
  await expectInert(page, tripwires, 'the Chinese interface');
  await page.screenshot({ path: screenshotPath('hostile-paths-zh.png') });
});

test('the details of every hostile node and relationship show each field as text', async ({
  page,
  request,
  baseURL,
}) => {
  const graph = GraphElements.parse(await (await request.get('/api/graph')).json());
  const tripwires = armTripwires(page, new URL(baseURL ?? '').origin);
  const heading = page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('article')
    .getByRole('heading', { level: 2 });
  for (const { data } of graph.nodes) {
    const detail = NodeDetail.parse(await (await request.get(`/api/nodes/${data.id}`)).json());
    await page.goto(`/?node=${data.id}`);
    await expect(heading).toContainText(data.name);
    const article = page.getByRole('complementary', { name: 'Details' }).getByRole('article');
    if (detail.node.description) await expect(article).toContainText(detail.node.description);
    for (const alias of detail.node.aliasesByEditors) await expect(article).toContainText(alias);
    await expectInert(page, tripwires, `the details of node ${data.id}`);
  }
  for (const { data } of graph.edges) {
    await page.goto(`/?edge=${data.id}`);
    await expect(heading).toBeVisible();
    await expectInert(page, tripwires, `the details of relationship ${data.id}`);
  }
});

test('exports of hostile data: faithful JSON, neutralised CSV, an SVG with no active content', async ({
  page,
  request,
  baseURL,
}) => {
  const graph = GraphElements.parse(await (await request.get('/api/graph')).json());
  const tripwires = armTripwires(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await waitForGraph(page);
  const exportAs = async (label: string) => (await exportFile(page, label)).bytes.toString('utf8');

  // JSON stays faithful: every name exactly as stored.
  const json = JSON.parse(await exportAs('Data (JSON)')) as { nodes: { name: string }[] };
  expect(json.nodes.map((n) => n.name).sort()).toEqual(graph.nodes.map((n) => n.data.name).sort());

  // CSV: no cell starts the way a spreadsheet formula does; the text is otherwise kept.
  const csv = await exportAs('Relationships (CSV)');
  const cells = csvFields(csv);
  expect(cells.filter((cell) => /^[=+\-@\t\r＝＋－＠]/.test(cell))).toEqual([]);
  expect(cells).toContain(`'${graph.nodes.find((n) => n.data.id === NGO)?.data.name ?? ''}`);

  // SVG: well formed, the names as text, nothing that a browser would run or fetch.
  const svg = await exportAs('SVG');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = Array.from(doc.querySelectorAll('*'));
    return {
      error: doc.querySelector('parsererror') !== null,
      active: all
        .filter(
          (element) =>
            /^(script|foreignObject|iframe|image|use|a)$/i.test(element.localName) ||
            Array.from(element.attributes).some((a) => /^on|href$/i.test(a.name)),
        )
        .map((element) => element.localName),
      text: Array.from(doc.querySelectorAll('text'), (t) => t.textContent).join(' '),
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.active).toEqual([]);
  expect(parsed.text.replace(/\s+/g, '')).toContain(
    (graph.nodes.find((n) => n.data.id === DOCUMENT)?.data.name ?? '').replace(/\s+/g, ''),
  );

  await exportAs('PNG 1×');
  await expectInert(page, tripwires, 'the exports');
});

test('hostile values in a shared link are ignored and nothing in them acts', async ({
  page,
  baseURL,
}) => {
  const tripwires = armTripwires(page, new URL(baseURL ?? '').origin);
  const payload = encodeURIComponent('<img src="/pwned/url-node">');
  await page.goto(`/?node=${payload}&focus=${payload}&paths=${payload},x&kinds=${payload}`);
  await waitForGraph(page);
  await expectInert(page, tripwires, 'a hostile shared link');
});
