import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { canvasNodeIds, screenshotPath, selectedId, ui, waitForGraph, withCy } from './support/ui';

test('the graph can be explored by keyboard alone, with visible focus', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);

  // Tab reaches the canvas, which shows that it has focus.
  const canvas = page.getByTestId('graph-canvas');
  for (let i = 0; i < 40 && !(await canvas.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(canvas).toBeFocused();
  const outline = await canvas.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');

  // An arrow key selects the Party centre, where lines of authority end; arrows then move on.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => selectedId(page)).toBe(PARTY_CENTRE_ID);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'Central Committee of the Communist Party of China',
  );
  await page.keyboard.press('ArrowDown');
  const next = await selectedId(page);
  expect(next).not.toBe(PARTY_CENTRE_ID);
  expect(next).not.toBeNull();

  // Enter moves to the details of the selected node; shortcuts work from the keyboard too.
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('u');
  await expect(panel.getByRole('heading', { name: /Lines of authority up from/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // In the command bar, arrows move between the buttons that can be used.
  await page.getByRole('button', { name: 'Trace up' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Trace down' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'About the data' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Trace' })).toBeVisible();

  // Zoom from the keyboard or the controls on the canvas; 0 fits the graph again.
  const zoom = () => withCy(page, (cy) => cy.zoom(), null);
  await page.keyboard.press('0');
  const fitted = await zoom();
  await page.keyboard.press('+');
  await expect.poll(zoom).toBeCloseTo(fitted * 1.25, 5);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(zoom).toBeCloseTo(fitted, 5);
  await page.keyboard.press('+');
  await page.keyboard.press('0');
  await expect.poll(zoom).toBeCloseTo(fitted, 5);

  // "?" lists every shortcut; Esc closes the dialog.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const name of ['Trace up', 'Find paths…', 'Expand', 'Undo', 'Filters', 'Outline view'])
    await expect(dialog.getByText(name, { exact: true }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the outline view lists the graph and a traced chain for screen readers, and selects from it', async ({
  page,
}) => {
  await page.goto(`/?node=social-organizations&trace=up`);
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Outline view' }).click();
  const outline = page.getByRole('region', { name: 'Outline of the current graph' });
  await expect(outline).toBeVisible();
  const ids = await canvasNodeIds(page);
  await expect(outline.getByText(`${ids.length} nodes and`)).toBeVisible();
  await expect(
    outline.getByRole('heading', { name: /^Governed organization \(\d+\)$/ }),
  ).toBeVisible();
  // The traced chains come first, each running from the node to the Party centre.
  const firstChain = outline.locator('.outline-chains > li').first();
  await expect(firstChain.getByRole('button').first()).toHaveText('Social organizations');
  await expect(firstChain.getByRole('button').last()).toHaveText(
    'Central Committee of the Communist Party of China',
  );
  await page.screenshot({ path: screenshotPath('outline.png') });

  await page.keyboard.press('Escape');
  await outline.getByRole('button', { name: 'State Council', exact: true }).first().click();
  await expect(page).toHaveURL(/node=state-council/);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'State Council',
  );
  await page.keyboard.press('o');
  await expect(outline).toBeHidden();
});

test('the force layout and relationship labels switch on and off, and a link keeps the layout', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const positions = () =>
    withCy(
      page,
      (cy) =>
        cy
          .nodes()
          .map((n) => JSON.stringify(n.renderedPosition()))
          .join('|'),
      null,
    );
  const before = await positions();
  await page.getByRole('button', { name: 'Force layout' }).click();
  await expect(page.getByRole('button', { name: 'Force layout' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveURL(/layout=force/);
  await expect.poll(positions).not.toBe(before);

  // Labels on relationships: every edge by the toggle; one edge on hover.
  const labelled = () =>
    withCy(
      page,
      (cy) =>
        cy
          .edges()
          .map((e) => e.hasClass('labelled'))
          .every(Boolean),
      null,
    );
  expect(await labelled()).toBe(false);
  await page.keyboard.press('l');
  await expect.poll(labelled).toBe(true);
  await page.screenshot({ path: screenshotPath('force-layout-labels.png') });
  await page.keyboard.press('l');
  await expect.poll(labelled).toBe(false);

  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await waitForGraph(fresh);
  await expect(fresh.getByRole('button', { name: 'Force layout' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await ui.clickNode(fresh, PARTY_CENTRE_ID);
});

test('at a laptop screen size the explorer fits without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?node=social-organizations');
  await waitForGraph(page);
  await page.keyboard.press('f');
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  const layout = await page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      filters: box('.filters'),
      canvas: box('[data-testid="graph-canvas"]'),
      drawn: box('[data-testid="graph-canvas"] canvas'),
      side: box('.side'),
      toolbar: box('.toolbar'),
    };
  });
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
  // Filters, canvas and side column sit side by side; the drawing fills the canvas, no more.
  expect(layout.canvas?.width).toBeGreaterThan(560);
  expect(layout.filters?.right).toBeLessThanOrEqual((layout.canvas?.left ?? 0) + 1);
  expect(layout.canvas?.right).toBeLessThanOrEqual((layout.side?.left ?? 0) + 1);
  expect(Math.round(layout.drawn?.width ?? 0)).toBe(Math.round(layout.canvas?.width ?? -1));
  // The command bar keeps to one row.
  expect(layout.toolbar?.height).toBeLessThan(50);
  await page.screenshot({ path: screenshotPath('laptop-1280.png') });
});

test('hovering names a node in both languages and reads a relationship along its arrow', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const tip = page.locator('.graph-tip');
  await ui.hoverNode(page, 'social-organizations');
  await expect(tip).toHaveText('Social organizations社会组织');
  await ui.hoverEdge(page, 'party-groups-lead-state-organs');
  // The line stands for both relationships between the two: the tip reads each.
  await expect(tip).toHaveText(
    "Leading Party members' groups lead State organs (central and local)" +
      "Leading Party members' groups manage cadres of State organs (central and local)",
  );
  expect(
    await withCy(page, (cy) => cy.$id('party-groups-lead-state-organs').hasClass('hovered'), null),
  ).toBe(true);
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
});
