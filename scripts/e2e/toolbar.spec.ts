import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { screenshotPath, waitForGraph } from './support/ui';

/** The bar's visible buttons and the tops of their boxes, and the commands under More. */
const readBar = async (page: Page) => {
  const bar = page.getByRole('toolbar', { name: 'Commands' });
  const buttons = bar.getByRole('button');
  const tops = new Set<number>();
  const names: string[] = [];
  for (const button of await buttons.all()) {
    if (!(await button.isVisible())) continue;
    const box = await button.boundingBox();
    if (box) tops.add(Math.round(box.y));
    names.push(await button.innerText());
  }
  return { bar, tops, names };
};

const ALL_COMMANDS = 14;

for (const { width, font } of [
  { width: 1024, font: 'as installed' },
  { width: 1280, font: 'a wider fallback' },
  { width: 390, font: 'as installed' },
]) {
  test(`at ${width} px with ${font} font the command bar keeps to one row and offers the rest under More`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?node=social-organizations');
    await waitForGraph(page);
    if (font !== 'as installed') {
      // A font wider than the one the layout was drawn with, as when a fallback stands in.
      await page.addStyleTag({ content: '.toolbar .button { letter-spacing: 0.14em; }' });
    }
    const more = page.getByRole('button', { name: 'More', exact: true });
    await expect(more).toBeVisible();
    const { tops, names } = await readBar(page);
    expect(tops.size, `button rows: ${[...tops].join(', ')}`).toBe(1);
    expect(names).toContain('More');

    // Every command is reachable: on the bar or in the menu, none twice.
    await more.click();
    const menu = page.getByRole('group', { name: 'More' });
    await expect(menu).toBeVisible();
    const overflow = await menu.getByRole('button').allInnerTexts();
    const onBar = names.filter((name) => name !== 'More');
    expect(overflow.length).toBeGreaterThan(0);
    expect([...onBar, ...overflow]).toHaveLength(ALL_COMMANDS);
    expect(new Set([...onBar, ...overflow]).size).toBe(ALL_COMMANDS);
    await page.screenshot({ path: screenshotPath(`toolbar-${width}.png`) });

    // A command from the menu runs, and the menu closes.
    await menu.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expect(menu).toBeHidden();
  });
}

test('at 1440 px every command stands on the bar, in one row', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const { tops, names } = await readBar(page);
  expect(tops.size).toBe(1);
  expect(names).toHaveLength(ALL_COMMANDS);
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveCount(0);
});
