import { GraphElements, GraphMeta } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { canvasNodeIds, screenshotPath, ui, waitForGraph } from './support/ui';

test('filters by kind, relationship type, document and timeline narrow the graph, and reset restores it', async ({
  page,
  request,
}) => {
  const all = GraphElements.parse(await (await request.get('/api/graph')).json());
  const meta = GraphMeta.parse(await (await request.get('/api/meta')).json());
  await page.goto('/');
  await waitForGraph(page);
  await page.keyboard.press('f');
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters).toBeVisible();

  // Node kinds: turning off state organs takes them off the canvas, and says so in the URL.
  await filters.getByRole('checkbox', { name: /State organ/ }).uncheck();
  await expect(page).toHaveURL(/kinds=party-organ,document,governed-entity,person,meeting,process/);
  const stateOrgans = all.nodes.filter((n) => n.data.kind === 'state-organ').map((n) => n.data.id);
  await expect.poll(() => canvasNodeIds(page)).not.toContain(stateOrgans[0]);
  expect((await canvasNodeIds(page)).length).toBe(all.nodes.length - stateOrgans.length);

  // Relationship types: only "leads" leaves the nodes that some "leads" touches.
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBe(all.nodes.length);
  for (const type of meta.relationshipTypes.filter((t) => t.count > 0 && t.type !== 'LEADS')) {
    await filters.getByRole('checkbox', { name: new RegExp(`^${type.label} \\d+$`) }).uncheck();
  }
  await expect(page).toHaveURL(/relTypes=LEADS(&|$)/);
  const leads = all.edges.filter((e) => e.data.type === 'LEADS');
  const leadEnds = [...new Set(leads.flatMap((e) => [e.data.source, e.data.target]))].sort();
  await expect.poll(() => canvasNodeIds(page)).toEqual(leadEnds);

  // Issuing document: what the 2015 Party-groups regulation establishes.
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await filters.getByRole('combobox', { name: 'Established by document' }).selectOption({
    label: "2015-05-29 · Regulation of Leading Party Members' Groups of CCP (Trial Implementation)",
  });
  await expect(page).toHaveURL(/document=regulation-party-groups-2015/);
  const established = GraphElements.parse(
    await (await request.get('/api/graph?document=regulation-party-groups-2015')).json(),
  );
  const establishedIds = established.nodes.map((n) => n.data.id).sort();
  expect(establishedIds).toContain('social-organizations');
  expect(establishedIds.length).toBeLessThan(all.nodes.length / 2);
  await expect.poll(() => canvasNodeIds(page)).toEqual(establishedIds);

  // Timeline: moving the start past May 2015 drops the May regulation and what it states.
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  const from = filters.getByRole('slider', { name: /From/ });
  await from.focus();
  await expect(from).toHaveAttribute('aria-valuetext', /^\d{4}-\d{2}$/);
  while ((await from.getAttribute('aria-valuetext')) !== '2015-06') await from.press('ArrowRight');
  await expect(page).toHaveURL(/from=2015-06/);
  await expect(filters.getByText(/undated documents and what they state are hidden/)).toBeVisible();
  await expect.poll(() => canvasNodeIds(page)).not.toContain('regulation-party-groups-2015');
  const ids = await canvasNodeIds(page);
  const june = meta.documents.filter((d) => d.date && d.date >= '2015-06').map((d) => d.id);
  for (const id of june) expect(ids).toContain(id);
  await page.screenshot({ path: screenshotPath('filters.png') });

  // Filters that leave nothing say so, with a way back.
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  for (const kind of meta.nodeKinds.filter((k) => k.count > 0)) {
    await filters.getByRole('checkbox', { name: new RegExp(`^${kind.label} \\d+$`) }).uncheck();
  }
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBe(all.nodes.length);
  // Undo: the clearing, each kind, the reset — back to the timeline range.
  for (let i = 0; i < meta.nodeKinds.filter((k) => k.count > 0).length + 2; i++)
    await page.keyboard.press('z');
  await expect(page).toHaveURL(/from=2015-06/);

  // Undo steps back through the filter changes, one slider step at a time.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(/from=2015-05(&|$)/);
  await expect.poll(() => canvasNodeIds(page)).toContain('regulation-party-groups-2015');
});

test('focus on a node, expand and collapse its neighbours, undo, and show all again', async ({
  page,
  request,
}) => {
  const all = GraphElements.parse(await (await request.get('/api/graph')).json());
  await page.goto('/?node=state-organs');
  await waitForGraph(page);
  const total = (await canvasNodeIds(page)).length;

  await page.keyboard.press('n');
  await expect(page).toHaveURL(/focus=/);
  const focused = await canvasNodeIds(page);
  expect(focused).toContain('state-organs');
  expect(focused).toContain('leading-party-members-groups');
  expect(focused.length).toBeLessThan(10);
  await expect(page.getByText(`Focused on ${focused.length} nodes.`)).toBeVisible();

  // Expand the Party groups node: all its neighbours join.
  await ui.clickNode(page, 'leading-party-members-groups');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByText(/neighbours not shown — press e to expand/)).toBeVisible();
  await page.getByRole('button', { name: 'Expand' }).click();
  const expanded = await canvasNodeIds(page);
  expect(expanded.length).toBeGreaterThan(focused.length);
  for (const id of ['peoples-organizations', 'economic-institutions', 'cultural-institutions'])
    expect(expanded).toContain(id);
  await expect(page.getByRole('button', { name: 'Expand' })).toBeDisabled();
  await page.screenshot({ path: screenshotPath('focus-expanded.png') });

  // Collapse takes away neighbours that hang from it alone; the node itself stays.
  await page.keyboard.press('c');
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBeLessThan(expanded.length);
  const collapsed = await canvasNodeIds(page);
  expect(collapsed).toContain('leading-party-members-groups');
  const removed = expanded.filter((id) => !collapsed.includes(id));
  const neighbours = new Set(
    all.edges
      .filter((e) => [e.data.source, e.data.target].includes('leading-party-members-groups'))
      .flatMap((e) => [e.data.source, e.data.target]),
  );
  for (const id of removed) expect(neighbours).toContain(id);

  // Undo (Ctrl+Z and z alike) restores each earlier view exactly.
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasNodeIds(page)).toEqual(expanded);
  await page.keyboard.press('z');
  await expect.poll(() => canvasNodeIds(page)).toEqual(focused);

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBe(total);
  await expect(page).not.toHaveURL(/focus=/);
});
