import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { cameraOf, canvasNodeIds, selectedId, ui, waitForGraph, withCy } from './support/ui';

test('typing in the path finder never runs a shortcut, and a click on the canvas chooses the second node', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, 'social-organizations');
  await page.keyboard.press('p');
  const to = page.getByRole('combobox', { name: 'To which node?' });
  await expect(to).toBeFocused();
  // Every letter here is a shortcut elsewhere: o outline, u/d trace, g layout, n focus, f filters.
  await page.keyboard.type('outdoor gnu of');
  await expect(to).toHaveValue('outdoor gnu of');
  await expect(page.getByRole('region', { name: 'Outline of the current graph' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/trace=|focus=|layout=/);

  await to.fill('');
  await ui.clickNode(page, PARTY_CENTRE_ID);
  await expect(page).toHaveURL(new RegExp(`paths=social-organizations,${PARTY_CENTRE_ID}`));
  await expect(
    page.getByRole('heading', {
      name: /^Paths along the lines of authority between Social organizations and/,
    }),
  ).toBeVisible();
});

test('a click selects without moving the camera, and a double-click keeps the node selected', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, 'state-organs');
  await expect.poll(() => selectedId(page)).toBe('state-organs');
  const before = await cameraOf(page);
  await ui.clickNode(page, 'social-organizations');
  await expect.poll(() => selectedId(page)).toBe('social-organizations');
  // clickNode centres the node first; the click itself must leave the camera where it was.
  const centred = await cameraOf(page);
  expect(centred.zoom).toBe(before.zoom);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const point = await withCy(page, (cy) => cy.$id('social-organizations').renderedPosition(), null);
  await page.mouse.dblclick((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
  await expect.poll(() => selectedId(page)).toBe('social-organizations');
  expect(await cameraOf(page)).toEqual(centred);
  await expect(page).toHaveURL(/node=social-organizations/);
});

test('Collapse is offered only when it takes something away; Undo and Redo step through real changes', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const all = await canvasNodeIds(page);
  await ui.clickNode(page, 'leading-party-members-groups');
  await page.keyboard.press('n');
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBeLessThan(all.length);
  const focused = await canvasNodeIds(page);

  const collapse = page.getByRole('button', { name: 'Collapse' });
  await collapse.click();
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBeLessThan(focused.length);
  const collapsed = await canvasNodeIds(page);
  // Nothing hangs from the node alone any more: Collapse would change nothing, so it is off.
  await expect(collapse).toBeDisabled();
  await page.keyboard.press('c');

  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(redo).toBeDisabled();
  await undo.click();
  await expect.poll(() => canvasNodeIds(page)).toEqual(focused);
  await undo.click();
  await expect.poll(() => canvasNodeIds(page)).toEqual(all);
  // Two real changes, two undos: nothing left to undo.
  await expect(undo).toBeDisabled();

  await page.keyboard.press('Shift+Z');
  await expect.poll(() => canvasNodeIds(page)).toEqual(focused);
  await page.keyboard.press('Control+y');
  await expect.poll(() => canvasNodeIds(page)).toEqual(collapsed);
  await expect(redo).toBeDisabled();
});

test('Back and Forward step through selections and traces, and arrow-key moves make one entry', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const start = await page.evaluate(() => history.length);
  await ui.clickNode(page, 'state-organs');
  await expect(page).toHaveURL(/node=state-organs/);
  await page.waitForTimeout(600);
  await ui.clickNode(page, 'social-organizations');
  await page.waitForTimeout(600);
  await page.keyboard.press('u');
  await expect(page).toHaveURL(/node=social-organizations&trace=up/);

  const panel = page.getByRole('complementary', { name: 'Details' });
  await page.goBack();
  await expect(page).toHaveURL(/\?node=social-organizations&v=[0-9a-f]{12}$/);
  await expect(panel.getByRole('heading', { name: /Lines of authority/ })).toHaveCount(0);
  await expect.poll(() => selectedId(page)).toBe('social-organizations');
  await page.goBack();
  await expect(page).toHaveURL(/\?node=state-organs&v=[0-9a-f]{12}$/);
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toContainText(
    'State organs',
  );
  await page.goBack();
  await expect(page).not.toHaveURL(/node=/);
  // Still the explorer: Back stepped back within it, and Forward steps forward again.
  await waitForGraph(page);
  await page.goForward();
  await expect(page).toHaveURL(/\?node=state-organs&v=[0-9a-f]{12}$/);

  // Moving through nodes quickly with the arrow keys adds one entry, not one per node.
  const before = await page.evaluate(() => history.length);
  expect(before).toBe(start + 3);
  await page.getByTestId('graph-canvas').focus();
  for (const key of ['ArrowUp', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowUp', 'ArrowRight'])
    await page.keyboard.press(key);
  await expect(page).not.toHaveURL(/node=state-organs/);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => history.length)).toBe(start + 2);
});
