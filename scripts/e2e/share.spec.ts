import { expect, test } from './support/test';
import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { ui, waitForGraph } from './support/ui';

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
