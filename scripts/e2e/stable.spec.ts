import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ui, waitForGraph, withCy } from './support/ui';

/** Every node's position in the graph's own coordinates, rounded to the pixel. */
const positions = (page: Page) =>
  withCy(
    page,
    (cy) =>
      Object.fromEntries(
        cy.nodes().map((node) => {
          const { x, y } = (node as unknown as { position(): { x: number; y: number } }).position();
          return [node.id(), [Math.round(x), Math.round(y)]];
        }),
      ),
    null,
  );

const nodeCount = (page: Page) => withCy(page, (cy) => cy.nodes().map(() => 1).length, null);

test.describe('a stable layout', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('nodes keep their places when a filter or a focus changes what is shown', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const before = await positions(page);
    const all = Object.keys(before).length;

    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Person \d+$/ }).uncheck();
    await expect.poll(() => nodeCount(page)).toBeLessThan(all);
    const filtered = await positions(page);
    for (const [id, place] of Object.entries(filtered)) expect(place, id).toEqual(before[id]);

    // Focus on a node's neighbourhood, then everything again: the same places throughout.
    await page.getByRole('checkbox', { name: /^Person \d+$/ }).check();
    await expect.poll(() => nodeCount(page)).toBe(all);
    await ui.clickNode(page, 'leading-party-members-groups');
    await page.getByRole('button', { name: 'Focus here' }).click();
    await expect.poll(() => nodeCount(page)).toBeLessThan(all);
    for (const [id, place] of Object.entries(await positions(page)))
      expect(place, id).toEqual(before[id]);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => nodeCount(page)).toBe(all);
    expect(await positions(page)).toEqual(before);
  });

  test('a dragged node is pinned: it stays through filters and reloads, the link keeps it, and it can be let go', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const id = 'social-organizations';
    // Bring the node into view, then drag it with the mouse.
    await ui.hoverNode(page, id);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    const start = await withCy(page, (cy, nodeId) => cy.$id(nodeId).renderedPosition(), id);
    if (!box) throw new Error('graph canvas not visible');
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.mouse.down();
    await page.mouse.move(box.x + start.x + 60, box.y + start.y + 45, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(new RegExp(`pins=${id}:-?\\d+:-?\\d+`));
    expect(await ui.hasClass(page, id, 'pinned')).toBe(true);
    const pinned = (await positions(page))[id];

    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Person \d+$/ }).uncheck();
    await expect.poll(async () => (await positions(page))['xi-jinping']).toBeUndefined();
    expect((await positions(page))[id]).toEqual(pinned);

    await page.reload();
    await waitForGraph(page);
    const [px = 0, py = 0] = pinned ?? [];
    const [rx = 0, ry = 0] = (await positions(page))[id] ?? [];
    expect(Math.abs(rx - px)).toBeLessThanOrEqual(1);
    expect(Math.abs(ry - py)).toBeLessThanOrEqual(1);

    await ui.clickNode(page, id);
    await page.getByRole('button', { name: 'Unpin' }).click();
    await expect(page).not.toHaveURL(/pins=/);
    expect(await ui.hasClass(page, id, 'pinned')).toBe(false);
  });

  test('a node dragged in the force layout and let go is back in its place in the authority layout', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const id = 'social-organizations';
    const home = (await positions(page))[id];
    const force = page.getByRole('button', { name: 'Force layout' });
    await force.click();
    // Ready once the force layout has stopped.
    await expect(force).toHaveAttribute('aria-pressed', 'true');
    await waitForGraph(page);
    // Dragged somewhere in the force layout: a pin.
    await withCy(
      page,
      (cy, nodeId) => {
        const node = cy.$id(nodeId) as unknown as {
          position(to?: { x: number; y: number }): { x: number; y: number };
          emit(event: string): void;
        };
        const { x, y } = node.position();
        node.position({ x: x + 300, y: y - 200 });
        node.emit('dragfree');
      },
      id,
    );
    await expect(page).toHaveURL(/pins=/);
    await ui.clickNode(page, id);
    await page.getByRole('button', { name: 'Unpin' }).click();
    await expect(page).not.toHaveURL(/pins=/);
    await force.click();
    await expect(force).toHaveAttribute('aria-pressed', 'false');
    await waitForGraph(page);
    await expect.poll(async () => (await positions(page))[id]).toEqual(home);
  });
});
