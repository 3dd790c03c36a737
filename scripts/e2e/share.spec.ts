import { expect, test } from './support/test';
import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { canvasNodeIds, ui, waitForGraph } from './support/ui';

test('the URL holds the selection and the trace, so a copied link reopens the same view', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await ui.clickNode(page, 'cppcc');
  await expect(page).toHaveURL(/\?node=cppcc$/);
  await page.keyboard.press('u');
  await expect(page).toHaveURL(/\?node=cppcc&trace=up$/);

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
  await expect(fresh).toHaveURL(/\?node=cppcc$/);
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
    fresh.getByRole('heading', { name: /^Paths between Social organizations and State Council$/ }),
  ).toBeVisible();
  await expect.poll(() => canvasNodeIds(fresh)).toEqual(nodes);
});
