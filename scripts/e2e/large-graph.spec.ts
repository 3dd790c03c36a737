import {
  ChainsResponse,
  GraphMeta,
  NodeDetail,
  NodeGroups,
  Overview,
  PARTY_CENTRE_ID,
  RELATIONSHIP_PAGE,
  RelationshipPage,
} from '@pag/graph-seed';
import { expect, test } from './support/test';
import { canvasNodeIds, screenshotPath, ui, waitForGraph, withCy } from './support/ui';

// The `large` project: the seed graph with a synthetic graph of some 20,000 nodes loaded
// beside it (`pnpm test` loads it before, and removes it after).

/** The committee the synthetic generator gives the most organizations (its first county). */
const BUSIEST = 'synth-county-1-party-committee';

const isGroup = (id: string) => id.startsWith('group:');

/** The names the canvas draws, each with its box on the graph. */
const drawnNameBoxes = (page: Parameters<typeof waitForGraph>[0]) =>
  withCy(
    page,
    (cy) => {
      interface Named {
        id(): string;
        style(name: string): string;
        boundingBox(options: object): { x1: number; x2: number; y1: number; y2: number };
      }
      const nodes = (cy as unknown as { nodes(): { toArray(): Named[] } }).nodes().toArray();
      return nodes
        .filter((node) => Boolean(node.style('label')))
        .map((node) => {
          const box = node.boundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
          });
          return { id: node.id(), x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2 };
        });
    },
    null,
  );

type NameBox = Awaited<ReturnType<typeof drawnNameBoxes>>[number];

/** Pairs of names drawn one over the other: their boxes overlap. */
const collisions = (names: readonly NameBox[]): string[] =>
  names.flatMap((a, index) =>
    names.slice(index + 1).flatMap((b) => {
      const stacked = a.y1 < b.y2 && b.y1 < a.y2;
      const shared = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      return stacked && shared > 0 ? [`${a.id} and ${b.id}`] : [];
    }),
  );

test('opens on the overview: the nodes nearest the Party centre and the rest counted in groups, saying the graph was cut and that synthetic data is loaded', async ({
  page,
  request,
}) => {
  const meta = GraphMeta.parse(await (await request.get('/api/meta')).json());
  const view = Overview.parse(await (await request.get('/api/overview')).json());
  expect(meta.syntheticNodes).toBeGreaterThan(15_000);
  expect(view.cut).toBeTruthy();
  expect(view.groups.length).toBeGreaterThan(0);
  await page.goto('/');
  await waitForGraph(page);
  await expect(page.getByText(/Synthetic data is loaded/)).toBeVisible();
  const note = page.getByRole('note').filter({ hasText: 'too large to draw whole' });
  await expect(note).toContainText(
    `shown are the ${view.cut?.shownNodes.toLocaleString('en')} nodes within ${view.cut?.maxRank === 1 ? 'one hop' : `${view.cut?.maxRank} hops`} of authority from the Party centre, of ${meta.counts.nodes.toLocaleString('en')}`,
  );
  await expect(note).toContainText('Dashed boxes count what lies further out');
  // The canvas holds what the API sent: the nodes nearest the centre, with their lines, and a
  // box for each group.
  const drawn = await canvasNodeIds(page);
  expect(drawn.filter((id) => !isGroup(id))).toEqual(view.nodes.map((node) => node.data.id).sort());
  expect(drawn.filter(isGroup)).toEqual(view.groups.map((group) => group.id).sort());
  expect(view.edges.length).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath('large-graph-opened.png') });

  // The view is fitted beneath the note, not under it: the Party centre stands clear of it.
  const noteBottom = await note.evaluate((element) => element.getBoundingClientRect().bottom);
  const canvasTop = (await page.getByTestId('graph-canvas').boundingBox())?.y ?? 0;
  const centreTop = await withCy(
    page,
    (cy, id) => {
      const centre = cy.$id(id) as unknown as {
        renderedPosition(): { y: number };
        renderedHeight(): number;
      };
      return centre.renderedPosition().y - centre.renderedHeight() / 2;
    },
    PARTY_CENTRE_ID,
  );
  expect(canvasTop + centreTop).toBeGreaterThan(noteBottom);

  // Legible: the centre and some boxes are named, and no two names drawn one over the other
  // (the lesser of two that would is left out, named on hover and from zoom 1 in).
  const names = await drawnNameBoxes(page);
  expect(names.map((name) => name.id)).toContain(PARTY_CENTRE_ID);
  expect(names.filter((name) => isGroup(name.id)).length).toBeGreaterThan(0);
  expect(collisions(names)).toEqual([]);

  // In Chinese the names are of other widths: which collide is decided afresh.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('note').filter({ hasText: '图谱过大' })).toBeVisible();
  await expect
    .poll(() => withCy(page, (cy, id) => String(cy.$id(id).data('caption')), PARTY_CENTRE_ID))
    .toMatch(/中国共产党/);
  await expect.poll(async () => collisions(await drawnNameBoxes(page))).toEqual([]);
});

test('opens a group a page at a time: its members drawn with their relationships, and the box counting those left', async ({
  page,
  request,
}) => {
  const view = Overview.parse(await (await request.get('/api/overview')).json());
  const [group, other] = [...view.groups].sort((a, b) => b.count - a.count);
  if (!group || !other) throw new Error('the overview has fewer than two groups');
  const first = RelationshipPage.parse(
    await (
      await request.get(
        `/api/nodes/${group.parent}/relationships?type=${group.type}&direction=${group.direction}&kind=${group.kind}&below=true&offset=0&limit=${RELATIONSHIP_PAGE.default}`,
      )
    ).json(),
  );
  const shown = new Set(view.nodes.map((node) => node.data.id));
  const added = first.relationships.filter((rel) => !shown.has(rel.other.id)).length;
  const captionOf = (id: string) => () =>
    withCy(page, (cy, box) => String(cy.$id(box).data('caption')), id);
  const caption = captionOf(group.id);

  await page.goto('/');
  await waitForGraph(page);
  expect(await caption()).toMatch(new RegExp(`^${group.count.toLocaleString('en')} `));
  await ui.clickNode(page, group.id);
  // The box counts the members left, or goes when the page drew them all.
  const left = group.count - added;
  if (left > 0)
    await expect.poll(caption).toMatch(new RegExp(`^${left.toLocaleString('en')} more `));
  else await expect.poll(() => canvasNodeIds(page)).not.toContain(group.id);
  expect(first.total > RELATIONSHIP_PAGE.default).toBe(left > 0);
  await waitForGraph(page);
  const drawn = await canvasNodeIds(page);
  for (const rel of first.relationships) expect(drawn).toContain(rel.other.id);
  const lines = await withCy(page, (cy) => cy.edges().map((edge) => edge.id()), null);
  for (const rel of first.relationships) expect(lines).toContain(rel.id);
  // A member drawn is a node like any other: it reads its details.
  const member = first.relationships.find((rel) => !shown.has(rel.other.id))?.other;
  if (!member) throw new Error('the first page brought no new member');
  await ui.clickNode(page, member.id);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    member.name,
  );
  await page.screenshot({ path: screenshotPath('large-graph-group-opened.png') });

  await page.getByRole('button', { name: '中文' }).click();
  await expect
    .poll(captionOf(other.id))
    .toMatch(new RegExp(`^${other.count.toLocaleString('zh')} 个`));
});

test('opens a member drawn from a group in turn: what lies below it counted in groups of its own, which open the same way', async ({
  page,
  request,
}) => {
  const getJson = async (url: string) => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    return (await response.json()) as unknown;
  };
  const pageOf = async (group: Overview['groups'][number]) =>
    RelationshipPage.parse(
      await getJson(
        `/api/nodes/${group.parent}/relationships?type=${group.type}&direction=${group.direction}&kind=${group.kind}&below=true&offset=0&limit=${RELATIONSHIP_PAGE.default}`,
      ),
    );
  // A group of the overview whose first page brings a member with more below it.
  const view = Overview.parse(await getJson('/api/overview'));
  const shown = new Set(view.nodes.map((node) => node.data.id));
  let found: { group: Overview['groups'][number]; member: string; below: NodeGroups } | null = null;
  // The synthetic graph's first: committees below committees, as a researcher would open them.
  const synthetic = (group: Overview['groups'][number]) => group.parent.startsWith('synth-');
  const candidates = [
    ...view.groups.filter(synthetic),
    ...view.groups.filter((g) => !synthetic(g)),
  ];
  for (const group of candidates) {
    for (const rel of (await pageOf(group)).relationships) {
      if (shown.has(rel.other.id)) continue;
      const below = NodeGroups.parse(await getJson(`/api/nodes/${rel.other.id}/groups`));
      if (below.groups.length > 0) found = { group, member: rel.other.id, below };
      if (found) break;
    }
    if (found) break;
  }
  if (!found) throw new Error('no member of a first page has anything below it');
  const { group, member, below } = found;
  const [nested] = [...below.groups].sort((a, b) => b.count - a.count);
  if (!nested) throw new Error('no group below the member');

  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, group.id);
  await expect.poll(() => canvasNodeIds(page)).toContain(member);
  await waitForGraph(page);
  // Clicked, the member reads its details, and what lies below it is drawn in groups.
  await ui.clickNode(page, member);
  await expect
    .poll(() => canvasNodeIds(page))
    .toEqual(expect.arrayContaining(below.groups.map((g) => g.id)));
  await waitForGraph(page);
  // Laid out afresh, deeper, and zoomed further out: still no two names drawn one over another.
  await expect.poll(async () => collisions(await drawnNameBoxes(page))).toEqual([]);
  await page.screenshot({ path: screenshotPath('large-graph-nested-groups.png') });
  const caption = () => withCy(page, (cy, box) => String(cy.$id(box).data('caption')), nested.id);
  expect(await caption()).toMatch(new RegExp(`^${nested.count.toLocaleString('en')} `));
  // Its group opens as the overview's do: a page of members, joined to the member.
  const first = await pageOf(nested);
  await ui.clickNode(page, nested.id);
  await expect
    .poll(() => canvasNodeIds(page))
    .toEqual(expect.arrayContaining(first.relationships.map((rel) => rel.other.id)));
  await waitForGraph(page);
  const lines = await withCy(page, (cy) => cy.edges().map((edge) => edge.id()), null);
  for (const rel of first.relationships) expect(lines).toContain(rel.id);
  // The page brought as many as the box counted less those left: the count and the pages agree.
  expect(first.total).toBe(nested.count);
  const left = nested.count - first.relationships.length;
  if (left > 0)
    await expect.poll(caption).toMatch(new RegExp(`^${left.toLocaleString('en')} more `));
  else await expect.poll(() => canvasNodeIds(page)).not.toContain(nested.id);
  await page.screenshot({ path: screenshotPath('large-graph-nested-group-opened.png') });
  // A member with nothing below it, clicked, says so (rather than drawing nothing, silently).
  let leaf: RelationshipPage['relationships'][number]['other'] | null = null;
  for (const rel of first.relationships) {
    const groups = NodeGroups.parse(await getJson(`/api/nodes/${rel.other.id}/groups`)).groups;
    if (groups.length === 0) leaf = rel.other;
    if (leaf) break;
  }
  if (!leaf) throw new Error('every member of the page has something below it');
  const status = page.locator('.cut-note summary [role="status"]');
  await ui.clickNode(page, leaf.id);
  await expect(status).toHaveText(` · Nothing lies further out below ${leaf.name}`);
  await page.screenshot({ path: screenshotPath('large-graph-nothing-below.png') });
  // Said again when clicked again; anything else clicked takes it away.
  await ui.clickNode(page, member);
  await expect(status).toHaveText('');
  await ui.clickNode(page, leaf.id);
  await expect(status).toHaveText(` · Nothing lies further out below ${leaf.name}`);
});

test('finds a synthetic organization not drawn, reads it, and traces it up to the Central Committee', async ({
  page,
  request,
}) => {
  const api = ChainsResponse.parse(
    await (await request.get('/api/authority/synth-org-1?direction=up')).json(),
  );
  await page.goto('/');
  await waitForGraph(page);
  expect(await canvasNodeIds(page)).not.toContain('synth-org-1');

  // Found by its name, which the generator gives it (its kind is drawn from the seed).
  const { node } = NodeDetail.parse(await (await request.get('/api/nodes/synth-org-1')).json());
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await search.fill(node.name);
  await page
    .getByRole('option', { name: new RegExp(`${node.name}(?!\\d)`) })
    .first()
    .click();
  const panel = page.getByRole('complementary', { name: 'Details' });
  const heading = panel.getByRole('article').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(node.name);

  await page.goto('/?node=synth-org-1');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Trace up' }).click();
  await expect(panel.locator('.chains > li')).toHaveCount(api.chains.length);
  for (const chain of api.chains) expect(chain.hops.at(-1)?.to).toBe(PARTY_CENTRE_ID);
  // The traced chains are drawn, the organization with them.
  await expect.poll(() => canvasNodeIds(page)).toContain('synth-org-1');
  expect(await canvasNodeIds(page)).toContain(PARTY_CENTRE_ID);
});

test("lists a busy committee's relationships a page at a time, with how many there are", async ({
  page,
  request,
}) => {
  const detail = NodeDetail.parse(await (await request.get(`/api/nodes/${BUSIEST}`)).json());
  const group = detail.relationshipGroups.find(
    (g) => g.type === 'MUST_ACCEPT_LEADERSHIP_OF' && g.direction === 'in',
  );
  expect(group?.total).toBeGreaterThan(100);
  const total = (group?.total ?? 0).toLocaleString('en');
  await page.goto(`/?node=${BUSIEST}`);
  await waitForGraph(page);
  const panel = page.getByRole('complementary', { name: 'Details' });
  const all = detail.relationshipGroups.reduce((sum, g) => sum + g.total, 0);
  await expect(panel.getByRole('heading', { name: `Relationships (${all})` })).toBeVisible();
  const listed = panel.locator('.listed-of').filter({ hasText: 'must accept the leadership of' });
  await expect(listed).toContainText(`25 of ${total} listed`);
  const before = await panel.locator('ul.relationships > li').count();
  await listed.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(listed).toContainText(`75 of ${total} listed`);
  await expect(panel.locator('ul.relationships > li')).toHaveCount(before + 50);
  await page.screenshot({ path: screenshotPath('large-graph-paged.png') });
});
