import { DataVersions } from '@pag/graph-seed';
import type { APIRequestContext } from '@playwright/test';
import { LATER_NODE, REWORDED } from './fixtures/earlier-edition';
import { expect, test } from './support/test';
import { screenshotPath, waitForGraph, withCy } from './support/ui';

/**
 * The versions the tier loads: an earlier edition of the seed, then the seed. A link made on
 * the earlier one is a citation the data has moved on from.
 */
const versions = async (request: APIRequestContext) => {
  const listed = DataVersions.parse(await (await request.get('/api/versions')).json());
  const current = listed.current?.version;
  const earlier = listed.current?.previous;
  if (!current || !earlier) throw new Error('the data has no earlier version to cite');
  return { current, earlier };
};

test('a new view cites the data version shown, and no notice says otherwise', async ({
  page,
  request,
}) => {
  const { current } = await versions(request);
  await page.goto('/?node=social-organizations');
  await waitForGraph(page);
  await expect(page).toHaveURL(new RegExp(`[?&]v=${current}$`));
  await expect(page.getByRole('status', { name: 'Data version of this link' })).toHaveCount(0);
});

test('a link made on an earlier data version says so and lists what changed in its view', async ({
  page,
  request,
}) => {
  const { current, earlier } = await versions(request);
  await page.goto(`/?node=social-organizations&trace=up&v=${earlier}`);
  await waitForGraph(page);
  const notice = page.getByRole('status', { name: 'Data version of this link' });
  await expect(notice).toContainText(`This link cites data version ${earlier}`);
  // The traced chains hold the reworded claim; the node added since is elsewhere.
  await expect(notice).toContainText('one claim in this view has changed');
  const item = notice.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(
    /Changed .* provides for a leading Party members' group in Social organizations \(wording: was .*\(may\)\)/,
  );
  await expect(notice).toContainText('2 other changes elsewhere in the graph');
  await expect(notice).toContainText(`Shown now: data version ${current}`);
  await expect(page).toHaveURL(new RegExp(`v=${earlier}`));
  await page.screenshot({ path: screenshotPath('version-notice.png') });

  // Until the view changes, the address keeps the cited version: a reload says so again.
  await page.reload();
  await waitForGraph(page);
  await expect(notice).toContainText('one claim in this view has changed');

  // The changed claim is on the canvas, so its name selects it; the view has changed, so its
  // address now cites the version shown, and the notice stays until closed.
  const selected = () =>
    withCy(page, (cy) => cy.$(':selected').map((element) => element.id()), null);
  await notice.getByRole('listitem').getByRole('button').click();
  await expect.poll(selected).toEqual([REWORDED]);
  await expect(page).toHaveURL(new RegExp(`v=${current}$`));
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Cite the version shown now' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`v=${current}$`));
});

test('in a view of the whole graph, the node and relationship added since are listed', async ({
  page,
  request,
}) => {
  const { earlier } = await versions(request);
  await page.goto(`/?v=${earlier}`);
  await waitForGraph(page);
  const notice = page.getByRole('status', { name: 'Data version of this link' });
  await expect(notice).toContainText('3 claims in this view have changed');
  await expect(notice.getByRole('listitem').filter({ hasText: /^Added Xi Jinping$/ })).toHaveCount(
    1,
  );
  await notice.getByRole('button', { name: 'Xi Jinping', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`node=${LATER_NODE}`));
});

test.describe('a version the server has no record of', () => {
  // The browser logs the 404 of the unknown version.
  test.use({ consoleErrors: 'expected' });
  test('says that what the view shows may differ from what was cited', async ({ page }) => {
    await page.goto('/?node=social-organizations&v=0123456789ab');
    await waitForGraph(page);
    await expect(page.getByRole('status', { name: 'Data version of this link' })).toContainText(
      'This link cites data version 0123456789ab, of which this server has no record',
    );
  });
});

test('an embedded view shared on an earlier version says the data has changed since', async ({
  page,
  request,
}) => {
  const { earlier } = await versions(request);
  await page.goto(`/embed?node=social-organizations&trace=up&v=${earlier}`);
  await waitForGraph(page);
  await expect(page.locator('.embed-credit')).toContainText(
    `Shared on data version ${earlier}; the data has changed since.`,
  );
  // Its way to the explorer carries the cited version, where the changes are listed.
  await expect(page.getByRole('link', { name: 'Open in the explorer ↗' })).toHaveAttribute(
    'href',
    new RegExp(`v=${earlier}`),
  );
});

test('the notice reads in Chinese too', async ({ page, request }) => {
  const { earlier } = await versions(request);
  await page.goto(`/?node=social-organizations&trace=up&v=${earlier}&lang=zh`);
  await waitForGraph(page);
  await expect(page.getByRole('status', { name: '此链接的数据版本' })).toContainText(
    '本视图中有 1 项主张发生变动',
  );
});
