import { readFile } from 'node:fs/promises';
import { expect, test } from './support/test';
import { ChainsResponse, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { litNodeIds, waitForGraph, withCy } from './support/ui';

/** How the canvas draws a relationship: its line colour and width. */
const lineOf = (page: Parameters<typeof waitForGraph>[0], id: string) =>
  withCy(
    page,
    (cy, edgeId) => {
      const edge = cy.$id(edgeId) as unknown as { style(name: string): string };
      return { color: edge.style('line-color'), width: edge.style('width') };
    },
    id,
  );

test.describe('command and provenance', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('hops that command and hops that tell where authority comes from look apart, on the canvas, in the legend and in the chains', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const command = await lineOf(page, 'cppcc-party-groups-lead-cppcc');
    const provenance = await lineOf(page, 'cpc-political-bureau-part-of-central-committee');
    const other = await lineOf(page, 'xi-jinping-presided-over-meeting-2015-05-29');
    expect(provenance.color).not.toBe(command.color);
    expect(provenance.color).not.toBe(other.color);
    expect(parseFloat(provenance.width)).toBeLessThan(parseFloat(command.width));

    await page.goto('/?node=social-organizations&trace=up');
    await waitForGraph(page);
    const legend = page.getByRole('complementary', { name: 'Legend' });
    await expect(legend).toContainText('Line of authority: command');
    await expect(legend).toContainText('Line of authority: provenance');

    // The chain up from social organizations: a provision, then where it comes from.
    const hops = page.locator('.chains .hop');
    await expect(hops).toHaveCount(4);
    await expect(hops.nth(0)).not.toContainText('provenance');
    for (const index of [1, 2, 3]) await expect(hops.nth(index)).toContainText('provenance');
  });

  test('"Command hops only" leaves the lines that command alone on the canvas, in the link too', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const toggle = page.getByRole('checkbox', { name: 'Command hops only' });
    await toggle.check();
    await expect(page).toHaveURL(/relTypes=/);
    const hops = () =>
      withCy(
        page,
        (cy) =>
          cy.edges().map((edge) => (edge as unknown as { data(k: string): string }).data('hop')),
        null,
      );
    await expect.poll(async () => [...new Set(await hops())]).toEqual(['command']);
    expect((await hops()).length).toBeGreaterThan(10);
    await expect(page.getByRole('checkbox', { name: /^is part of \d+$/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^leads \d+$/ })).toBeChecked();

    await page.reload();
    await waitForGraph(page);
    await expect(page.getByRole('checkbox', { name: 'Command hops only' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Command hops only' }).uncheck();
    await expect(page).not.toHaveURL(/relTypes=/);
  });
});

test.describe('the evidence report', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('states shared hops once in a tree, sums up the intermediaries, agrees in number and comes in Chinese in 中文', async ({
    page,
  }) => {
    const download = async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Evidence report|证据报告/ }).click(),
      ]);
      return readFile(await file.path(), 'utf8');
    };
    await page.goto('/?node=state-organs&trace=up');
    await waitForGraph(page);
    const report = await download();
    expect(report).toContain('## The chains as a tree');
    expect(report).toContain('## Intermediaries');
    expect(report).toMatch(/\*\*Leading Party members' groups \(党组\)\*\* lead \*\*/);
    // The first hop is shared by both chains: its evidence appears once.
    const hops = report.match(/^### Hop \d+:/gm) ?? [];
    const edges = new Set(report.match(/— hop \d+$/gm));
    expect(hops.length).toBe(edges.size);

    await page.getByRole('button', { name: '中文' }).click();
    const chinese = await download();
    expect(chinese).toMatch(/^# 自国家机关.*向上的领导关系/);
    expect(chinese).toContain('## 链的树状结构');
  });
});

test.describe('chains as a tree', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('many chains show as a tree with shared hops once, deeper branches folded, and can be listed one by one', async ({
    page,
    request,
  }) => {
    const api = ChainsResponse.parse(
      await (await request.get(`/api/authority/${PARTY_CENTRE_ID}?direction=down`)).json(),
    );
    expect(api.chains.length).toBeGreaterThan(10);
    const allHops = api.chains.reduce((sum, chain) => sum + chain.hops.length, 0);
    await page.goto(`/?node=${PARTY_CENTRE_ID}&trace=down`);
    await waitForGraph(page);
    const panel = page.getByRole('complementary', { name: 'Details' });
    const shape = panel.getByRole('group', { name: 'Show the chains' });
    await expect(shape.getByRole('radio', { name: 'As a tree' })).toBeChecked();
    const tree = panel.locator('.chain-tree');
    await expect(tree).toBeVisible();
    const treeHops = await tree.locator('.hop').count();
    expect(treeHops).toBeLessThan(allHops / 2);
    // Folded branches say how many chains go on from them, and open on a click.
    const folded = tree.locator('details:not([open]) > summary').first();
    await expect(folded).toHaveText(/^\d+ chains? go(es)? on from here$/);
    const foldedCount = await tree.locator('details:not([open])').count();
    await folded.click();
    await expect(tree.locator('details:not([open])')).toHaveCount(foldedCount - 1);

    await shape.getByRole('radio', { name: 'One by one' }).check();
    await expect(panel.locator('.chains > li')).toHaveCount(api.chains.length);
    expect(await panel.locator('.chains .hop').count()).toBe(allHops);
  });

  test('chains group by the node they pass through or end at, and a chain of a group shows alone', async ({
    page,
    request,
  }) => {
    const api = ChainsResponse.parse(
      await (await request.get(`/api/authority/${PARTY_CENTRE_ID}?direction=down`)).json(),
    );
    const names = new Map(api.nodes.map(({ data }) => [data.id, data.name]));
    // The node the most chains pass through between their ends, and those chains.
    const through = new Map<string, number[]>();
    api.chains.forEach((chain, index) => {
      for (const id of new Set(chain.hops.slice(0, -1).map((hop) => hop.to)))
        through.set(id, [...(through.get(id) ?? []), index]);
    });
    const [busiest, its] = [...through].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!busiest || !its) throw new Error('no chain passes through a node');
    const endpoints = new Set(api.chains.map((chain) => chain.hops.at(-1)?.to));

    await page.goto(`/?node=${PARTY_CENTRE_ID}&trace=down`);
    await waitForGraph(page);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByRole('radio', { name: 'By intermediary' }).check();
    const groups = panel.locator('.chain-groups > details');
    await expect(groups).toHaveCount(through.size);
    const first = groups.first();
    await expect(first.locator('summary')).toHaveText(
      `Through ${names.get(busiest)}: ${its.length} of ${api.chains.length} chains`,
    );
    const routes = first.locator('.chain-routes > li');
    await expect(routes).toHaveCount(its.length);
    await expect(routes.locator('strong')).toHaveText(its.map(() => names.get(busiest) ?? ''));

    // A chain of the group, shown alone, is all the graph lights.
    const number = (its[0] ?? 0) + 1;
    await first.getByRole('button', { name: `Show chain ${number} alone on the graph` }).click();
    const chain = api.chains[number - 1];
    const chainNodes = [...new Set(chain?.hops.flatMap((hop) => [hop.from, hop.to]))].sort();
    await expect.poll(() => litNodeIds(page)).toEqual(chainNodes);

    // By endpoint, every chain is under the one node it ends at.
    await panel.getByRole('radio', { name: 'By endpoint' }).check();
    await expect(groups).toHaveCount(endpoints.size);
    await expect(panel.locator('.chain-routes > li')).toHaveCount(api.chains.length);
  });
});
