import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { screenshotPath, waitForGraph } from './support/ui';

/** Every command of the bar: 4 to trace, 6 to focus, 4 for the view, 2 for help. */
const ALL_COMMANDS = 16;

/** The tops of the bar's visible buttons, and their names (More included). */
const readBar = async (page: Page) => {
  const buttons = page.getByRole('toolbar', { name: 'Commands' }).getByRole('button');
  const tops = new Set<number>();
  const names: string[] = [];
  for (const button of await buttons.all()) {
    if (!(await button.isVisible())) continue;
    const box = await button.boundingBox();
    if (box) tops.add(Math.round(box.y));
    names.push(await button.innerText());
  }
  return { tops, names };
};

/** Checks the bar is one row and every command is on it or under More, once. */
const expectOneRowWithEveryCommand = async (page: Page) => {
  const { tops, names } = await readBar(page);
  expect(tops.size, `rows of buttons at tops ${[...tops].join(', ')}`).toBe(1);
  const onBar = names.filter((name) => name !== 'More');
  const more = page.getByRole('button', { name: 'More', exact: true });
  let overflow: string[] = [];
  if (await more.isVisible()) {
    await more.click();
    overflow = await page.getByRole('group', { name: 'More' }).getByRole('button').allInnerTexts();
    await page.keyboard.press('Escape');
  }
  expect([...onBar, ...overflow]).toHaveLength(ALL_COMMANDS);
  expect(new Set([...onBar, ...overflow]).size).toBe(ALL_COMMANDS);
  return { onBar, overflow };
};

for (const { width, font } of [
  { width: 1024, font: 'the installed font' },
  { width: 1280, font: 'a wider font standing in' },
  { width: 390, font: 'the installed font' },
]) {
  test(`at ${width} px with ${font} the command bar keeps to one row and every command stays reachable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?node=social-organizations');
    await waitForGraph(page);
    if (font !== 'the installed font') {
      // Another, wider font than the one the bar was drawn with, as when a fallback stands in.
      // Added through the CSS object model: the Content-Security-Policy refuses a <style> tag.
      await page.evaluate(() => {
        const sheet = document.styleSheets[0];
        if (!sheet) throw new Error('the page has no stylesheet');
        sheet.insertRule(
          '.toolbar .button { font-family: monospace; letter-spacing: 0.08em; }',
          sheet.cssRules.length,
        );
      });
    }
    const { overflow } = await expectOneRowWithEveryCommand(page);
    // At a phone's width no font fits fourteen buttons in one row.
    if (width < 600) expect(overflow.length).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath(`toolbar-${width}.png`) });
  });
}

test('a wider window brings commands back from More onto the bar', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/');
  await waitForGraph(page);
  const narrow = await expectOneRowWithEveryCommand(page);
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect
    .poll(async () => (await readBar(page)).names.filter((n) => n !== 'More').length)
    .toBeGreaterThan(narrow.onBar.length);
  await expectOneRowWithEveryCommand(page);
});

test('the More menu works from the keyboard and gives focus back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/');
  await waitForGraph(page);
  const more = page.getByRole('button', { name: 'More', exact: true });
  const menu = page.getByRole('group', { name: 'More' });

  await more.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  const first = menu.getByRole('button').and(page.locator(':enabled')).first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  // Running a command from the menu closes it and leaves focus on More, not on the page.
  await page.keyboard.press('Enter');
  const outline = menu.getByRole('button', { name: 'Outline view' });
  for (
    let i = 0;
    i < ALL_COMMANDS && !(await outline.evaluate((b) => b === document.activeElement));
    i++
  )
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Outline of the current graph' })).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
});
