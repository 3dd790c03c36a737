import { expect, test } from './support/test';
import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { cameraOf, canvasNodeIds, ui, waitForGraph, withCy } from './support/ui';

test('the URL holds the selection and the trace, so a copied link reopens the same view', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, 'cppcc');
  await expect(page).toHaveURL(/\?node=cppcc&v=[0-9a-f]{12}$/);
  await page.keyboard.press('u');
  await expect(page).toHaveURL(/\?node=cppcc&trace=up&v=[0-9a-f]{12}$/);

  // Opening the copied link in a fresh page restores the selection and the trace.
  const copied = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(copied);
  await waitForGraph(fresh);
  const panel = fresh.getByRole('complementary', { name: 'Details' });
  await expect(
    panel.getByRole('heading', {
      name: /Lines of authority up from Chinese People's Political Consultative Conference/,
    }),
  ).toBeVisible();
  await expect.poll(() => ui.hasClass(fresh, PARTY_CENTRE_ID, 'highlighted')).toBe(true);

  await fresh.keyboard.press('Escape');
  await expect(fresh).toHaveURL(/\?node=cppcc&v=[0-9a-f]{12}$/);
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    "Chinese People's Political Consultative Conference",
  );
});

test('a copied link restores filters, focus, layout and a path query', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, 'social-organizations');
  await page.keyboard.press('n');
  await page.keyboard.press('f');
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: /^Person/ })
    .uncheck();
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  const to = page.getByRole('combobox', { name: 'To which node?' });
  await to.fill('State Council');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
    'State Council',
  );
  await to.press('Enter');
  await expect(page).toHaveURL(/paths=social-organizations,state-council/);
  const nodes = await canvasNodeIds(page);

  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await waitForGraph(fresh);
  await expect(fresh.getByRole('region', { name: 'Filters' })).toBeVisible();
  await expect(
    fresh.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^Person/ }),
  ).not.toBeChecked();
  await expect(fresh.getByRole('button', { name: 'Force layout' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    fresh.getByRole('heading', {
      name: /^Paths along the lines of authority between Social organizations and State Council$/,
    }),
  ).toBeVisible();
  await expect.poll(() => canvasNodeIds(fresh)).toEqual(nodes);
});

test('Copy link copies the view, and the link keeps the camera, the labels and only the panels left open', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?node=social-organizations');
  await waitForGraph(page);
  // The person zooms in and drags the graph aside; the link records where the camera rests.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const start = { x: (box?.x ?? 0) + 60, y: (box?.y ?? 0) + 60 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 120, start.y + 40, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/camera=/);
  await page.keyboard.press('l');
  await page.keyboard.press('f');
  await expect(page).toHaveURL(/labels=on/);
  await expect(page).toHaveURL(/panels=filters/);

  // The camera settles a moment after the last pan, and again when the panel opens.
  let link = '';
  await expect
    .poll(async () => {
      const before = page.url();
      await page.waitForTimeout(300);
      link = page.url();
      return link === before;
    })
    .toBe(true);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Link to this view copied' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(link);
  const camera = await cameraOf(page);

  // The recipient sees the same part of the graph at the same zoom, labels on, filters open.
  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 1440, height: 900 });
  await fresh.goto(copied);
  await waitForGraph(fresh);
  // The filters panel opening narrows the canvas; the camera keeps its centre through it.
  await expect
    .poll(async () => {
      const arrived = await cameraOf(fresh);
      return [
        Math.abs(arrived.zoom - camera.zoom) < 0.005,
        Math.abs(arrived.pan.x - camera.pan.x) <= 1,
        Math.abs(arrived.pan.y - camera.pan.y) <= 1,
      ];
    })
    .toEqual([true, true, true]);
  await expect(fresh.getByRole('region', { name: 'Filters' })).toBeVisible();
  expect(
    await withCy(fresh, (cy) => cy.$('edge.labelled').map((e) => e.id()).length, null),
  ).toBeGreaterThan(0);

  // Fitting the view again is the explorer's placing: the link drops the camera.
  await fresh.getByRole('button', { name: 'Fit to view' }).click();
  await expect(fresh).not.toHaveURL(/camera=/);
});

test('a link with filters set but the panel closed opens with the panel closed', async ({
  page,
}) => {
  await page.goto('/?kinds=party-organ,governed-entity');
  await waitForGraph(page);
  await expect(page.getByText(/of 55 nodes/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Filters' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test("a link with a trace and a camera opens at the link's camera, not at the chains' fit", async ({
  page,
}) => {
  await page.goto('/?node=social-organizations&trace=up&camera=1.500,300,200');
  await waitForGraph(page);
  await expect(
    page.getByRole('heading', { name: /Lines of authority up from Social organizations/ }),
  ).toBeVisible();
  await expect.poll(async () => (await cameraOf(page)).zoom).toBeCloseTo(1.5, 3);
  // The point of the graph at the centre of the canvas is the link's.
  const centre = await withCy(
    page,
    (cy) => ({
      x: (cy.width() / 2 - cy.pan().x) / cy.zoom(),
      y: (cy.height() / 2 - cy.pan().y) / cy.zoom(),
    }),
    null,
  );
  expect(Math.abs(centre.x - 300)).toBeLessThanOrEqual(1);
  expect(Math.abs(centre.y - 200)).toBeLessThanOrEqual(1);
  await expect(page).toHaveURL(/camera=1\.500,300,200/);
});
