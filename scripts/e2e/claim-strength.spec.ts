import { readFile } from 'node:fs/promises';
import { expect, test } from './support/test';
import { ChainsResponse, DOCUMENTED_BASES } from '@pag/graph-seed';
import { screenshotPath, waitForGraph, withCy } from './support/ui';

/** How Cytoscape draws an edge: its line style and arrowhead fill. */
const edgeStyle = (page: Parameters<typeof waitForGraph>[0], id: string) =>
  withCy(
    page,
    (cy, edgeId) => {
      const edge = cy.$id(edgeId) as unknown as { style(name: string): string };
      return { line: edge.style('line-style'), arrow: edge.style('target-arrow-fill') };
    },
    id,
  );

test('the canvas and the legend show how strongly each line is sourced', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const legend = page.getByRole('complementary', { name: 'Legend' });
  const strength = legend.getByRole('list', { name: 'How strongly the source says it' });
  await expect(strength.getByRole('listitem')).toHaveText([
    'A document provides it, or an official report of one',
    'Inferred from a name or title',
    "Only a commentary or the paper's author's reading",
    'Hollow arrow: the source says "may"',
  ]);
  // A provision that says "may": solid, with a hollow arrowhead.
  expect(await edgeStyle(page, 'party-constitution-provides-group-in-state-organs')).toEqual({
    line: 'solid',
    arrow: 'hollow',
  });
  // Read off a name: dashed. The author's reading: dotted.
  expect((await edgeStyle(page, 'cpc-political-bureau-part-of-central-committee')).line).toBe(
    'dashed',
  );
  expect(
    await edgeStyle(page, 'regulation-party-groups-2015-provides-group-in-social-organizations'),
  ).toEqual({ line: 'dotted', arrow: 'filled' });
});

test('a relationship says in words what it rests on and how it is worded', async ({ page }) => {
  await page.goto('/?edge=party-constitution-provides-group-in-state-organs');
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.locator('.claim')).toHaveText(
    "Rests on the document's own provision, worded as a permission (may).",
  );

  // A name no source gives is marked as the editors'; an amended document gives its version.
  await page.goto('/?node=regulations-inspection-2015');
  await expect(
    panel.getByText('The Chinese name 中国共产党巡视工作条例 is the standard term'),
  ).toBeVisible();
  await page.goto('/?node=party-constitution');
  await expect(panel.locator('dt', { hasText: 'Version' })).toBeVisible();
  await expect(panel.locator('dd', { hasText: '18th National Congress' })).toBeVisible();
});

test('each chain names its weakest link, and tracing can keep to documents or to provisions alone', async ({
  page,
  request,
}) => {
  await page.goto('/?node=social-organizations&trace=up');
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  const chains = panel.locator('.chains > li');
  await expect(chains).toHaveCount(1);
  await expect(chains.first().locator('.weakest')).toContainText(
    "Weakest link: hop 1, resting on the paper's author's reading, worded as an obligation (must).",
  );
  await expect(chains.first().locator('.claim').first()).toHaveAttribute(
    'data-basis',
    'author-reading',
  );
  await page.screenshot({ path: screenshotPath('trace-weakest-link.png') });

  const scope = panel.getByRole('group', { name: 'Every hop rests on' });
  await scope.getByRole('radio', { name: /^A document, an official report or a name/ }).check();
  await expect(page).toHaveURL(/basis=documented/);
  await expect(chains).toHaveCount(0);
  await expect(
    panel.getByText('Left out: 1 chain with a hop that rests only on a commentary'),
  ).toBeVisible();
  await expect(panel.getByText('No line of authority runs up to the Party centre')).toBeVisible();

  // The evidence report says what the filter kept to and left out.
  await page.goto('/?node=state-organs&trace=up&basis=documented');
  await waitForGraph(page);
  await expect(scope.getByRole('radio', { name: /^A document, an official report/ })).toBeChecked();
  const api = ChainsResponse.parse(
    await (
      await request.get(`/api/authority/state-organs?basis=${DOCUMENTED_BASES.join(',')}`)
    ).json(),
  );
  expect(api.chains.length).toBeGreaterThan(0);
  await expect(chains).toHaveCount(api.chains.length);
  for (const basis of await panel
    .locator('.hops .claim')
    .evaluateAll((claims) => claims.map((c) => c.getAttribute('data-basis')))) {
    expect(DOCUMENTED_BASES).toContain(basis);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Evidence report (.md)' }).click(),
  ]);
  const report = await readFile(await download.path(), 'utf8');
  expect(report).toContain(`${api.filter?.removed ?? 0} more left out.`);
  expect(report).toMatch(/weakest link: hop \d+ \(Rests on /);

  // Provisions only: no chain from state organs to the centre rests on provisions alone.
  await scope.getByRole('radio', { name: "The documents' own provisions only" }).check();
  await expect(page).toHaveURL(/basis=provision/);
  const provisions = ChainsResponse.parse(
    await (await request.get('/api/authority/state-organs?basis=provision')).json(),
  );
  expect(provisions.chains).toEqual([]);
  await expect(chains).toHaveCount(0);
  await expect(
    panel.getByText(
      `Left out: ${provisions.filter?.removed ?? 0} chains with a hop that does not rest on a document's own provision.`,
    ),
  ).toBeVisible();

  await scope.getByRole('radio', { name: 'Any source' }).check();
  await expect(page).not.toHaveURL(/basis=/);
  await expect.poll(() => chains.count()).toBeGreaterThan(api.chains.length);
});

test('paths kept to provisions show only hops that rest on a document’s own words', async ({
  page,
  request,
}) => {
  await page.goto('/?paths=leading-party-members-groups,state-organs&basis=provision');
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  const scope = panel.getByRole('group', { name: 'Every hop rests on' });
  await expect(
    scope.getByRole('radio', { name: "The documents' own provisions only" }),
  ).toBeChecked();
  const api = ChainsResponse.parse(
    await (
      await request.get(
        '/api/paths?from=leading-party-members-groups&to=state-organs&basis=provision&direction=any',
      )
    ).json(),
  );
  expect(api.chains.length).toBeGreaterThan(0);
  await expect(panel.locator('.chains > li')).toHaveCount(api.chains.length);
  const shown = await panel
    .locator('.hops .claim')
    .evaluateAll((claims) => claims.map((c) => c.getAttribute('data-basis')));
  expect(shown).toEqual(api.chains.flatMap((chain) => chain.hops.map(() => 'provision')));
  await page.screenshot({ path: screenshotPath('paths-provisions.png') });
});
