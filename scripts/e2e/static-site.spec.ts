import { readFile } from 'node:fs/promises';
import { ChainsResponse, GraphMeta, SourceDetail, ViewRecords } from '@pag/graph-seed';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { exportFile, screenshotPath, ui, waitForGraph } from './support/ui';

/**
 * The site `pnpm publish:static` writes, served by Python's plain static file server at a
 * path below its root (the e2e tier publishes it and serves it there): no API behind it.
 */
const site = (): string => {
  const url = process.env.E2E_STATIC_URL;
  if (!url) throw new Error('E2E_STATIC_URL is not set: the e2e tier serves the static site');
  return url;
};

/** Every request the page makes, to tell that none went to an API. */
const watchRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
};

test.describe('the static site', () => {
  test('opens a link from the live explorer without the filters and paths it cannot answer', async ({
    page,
  }) => {
    await page.goto(`${site()}?kinds=party-organ&paths=social-organizations,cppcc`);
    await waitForGraph(page);
    await expect(page.locator('.view-summary')).not.toContainText(' of ');
    await expect(page).not.toHaveURL(/kinds=|paths=/);
  });

  test('opens the graph from its files alone, at a path below the host root', async ({
    page,
    request,
  }) => {
    const requests = watchRequests(page);
    const meta = GraphMeta.parse(await (await request.get('/api/meta')).json());
    await page.goto(`${site()}?node=social-organizations`);
    await waitForGraph(page);
    await expect(page.locator('.view-summary')).toContainText(
      `${meta.counts.nodes} nodes · ${meta.counts.relationships} relationships`,
    );
    await expect(
      page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('article')
        .getByRole('heading', { level: 2 }),
    ).toHaveText('Social organizations');
    // Everything came from the site's folder; nothing asked an API.
    const origin = new URL(site()).origin;
    expect(requests.filter((url) => !url.startsWith(site()) && url.startsWith(origin))).toEqual([]);
    expect(requests.filter((url) => /\/api\/[^?]*\?|\/api\/[^.]*$/.test(url))).toEqual([]);
    // What a static site cannot answer is not offered, and About says what this is.
    await expect(page.getByRole('button', { name: 'Find paths…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Filters' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Published snapshot' }).click();
    await expect(page.getByRole('dialog')).toContainText('This is a published snapshot');
    await expect(page.getByRole('dialog')).toContainText(`Data version ${meta.dataVersion}`);
  });

  test('searches in English, Chinese and pinyin, and traces up with every basis scope', async ({
    page,
    request,
  }) => {
    const live = async (query: string) =>
      ChainsResponse.parse(await (await request.get(`/api/authority/${query}`)).json());
    await page.goto(site());
    await waitForGraph(page);
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    for (const [query, name] of [
      ['social org', 'Social organizations'],
      ['社会组织', 'Social organizations'],
      ['dangzu', "Leading Party members' groups"],
    ] as const) {
      await search.fill(query);
      await expect(page.getByRole('option').first()).toContainText(name);
    }
    await search.fill('社会组织');
    await expect(page.getByRole('option').first()).toContainText('Social organizations');
    await search.press('Enter');

    await page.getByRole('button', { name: 'Trace up' }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    const up = await live('social-organizations?direction=up');
    await expect(panel.locator('.chains > li')).toHaveCount(up.chains.length);
    await page.screenshot({ path: screenshotPath('static-site.png') });
    await panel.getByRole('radio', { name: /A document, an official report or a name/ }).check();
    const documented = await live(
      'social-organizations?direction=up&basis=provision,official-report,title-inference',
    );
    await expect(panel.locator('.chains > li')).toHaveCount(documented.chains.length);
    await panel.getByRole('radio', { name: "The documents' own provisions only" }).check();
    const provisions = await live('social-organizations?direction=up&basis=provision');
    await expect(panel.locator('.chains > li')).toHaveCount(provisions.chains.length);
    await expect(page).toHaveURL(/basis=provision/);
  });

  test('reads the source text behind a claim', async ({ page, request }) => {
    await page.goto(`${site()}?node=leading-party-members-groups`);
    await waitForGraph(page);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByRole('button', { name: 'Show in source' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
      'The Chinese Communist Party in Chinese NGOs',
    );
    await expect(dialog.locator('mark').first()).toBeVisible();
    const source = SourceDetail.parse(
      await (await request.get('/api/sources/cpe-working-paper-8-2')).json(),
    );
    expect(source.text).toBeTruthy();
  });

  test('exports the traced view as data, GraphML and an evidence report', async ({
    page,
    request,
  }) => {
    const trace = ChainsResponse.parse(
      await (await request.get('/api/authority/social-organizations?direction=up')).json(),
    );
    await page.goto(`${site()}?node=social-organizations&trace=up`);
    await waitForGraph(page);
    await expect(page.locator('.chains > li, .chain-tree').first()).toBeVisible();
    const json = JSON.parse((await exportFile(page, 'Data (JSON)')).bytes.toString('utf8')) as {
      nodes: unknown[];
    };
    expect(json.nodes).toHaveLength(trace.nodes.length);
    const graphml = (await exportFile(page, 'Graph for Gephi, yEd (GraphML)')).bytes.toString(
      'utf8',
    );
    expect(graphml.match(/<node /g)).toHaveLength(trace.nodes.length);
    expect(graphml.match(/<edge /g)).toHaveLength(trace.edges.length);
    // The records come from the site's file of every record, cut to the view.
    const records = ViewRecords.parse(
      await (
        await request.post('/api/view-records', {
          data: {
            nodes: trace.nodes.map((n) => n.data.id),
            edges: trace.edges.map((e) => e.data.id),
          },
        })
      ).json(),
    );
    const bibtex = (await exportFile(page, 'Sources (BibTeX)')).bytes.toString('utf8');
    expect(bibtex.match(/^@\w+\{/gm)).toHaveLength(records.sources.length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('button', { name: 'Evidence report (.md)' })
        .click(),
    ]);
    const report = await readFile(await download.path(), 'utf8');
    expect(report).toContain('Lines of authority up from Social organizations');
  });

  test('embeds a view from the site’s embed folder, with a way back to the full view', async ({
    page,
  }) => {
    await page.goto(`${site()}embed/?node=social-organizations&trace=up`);
    await waitForGraph(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Lines of authority up from Social organizations',
    );
    expect(await ui.hasClass(page, 'social-organizations', 'highlighted')).toBe(true);
    await expect(page.getByRole('link', { name: 'Open in the explorer ↗' })).toHaveAttribute(
      'href',
      `${site()}?node=social-organizations&trace=up`,
    );
  });
});
