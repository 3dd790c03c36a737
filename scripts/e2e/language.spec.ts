import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { screenshotPath, waitForGraph, withCy } from './support/ui';

const caption = (page: Parameters<typeof withCy>[0], id: string) =>
  withCy(
    page,
    (cy, arg) => (cy.$id(arg) as unknown as { data(k: string): string }).data('caption'),
    id,
  );

test('the language toggle switches interface text and labels to Chinese and back, and a link keeps it', async ({
  page,
}) => {
  await page.goto('/?node=social-organizations');
  await waitForGraph(page);
  expect(await caption(page, PARTY_CENTRE_ID)).toBe(
    'Central Committee of the Communist Party of China',
  );

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党的领导关系图谱');
  await expect(page.getByRole('button', { name: '向上追溯' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '搜索图谱' })).toBeVisible();
  expect(await caption(page, PARTY_CENTRE_ID)).toBe('中国共产党中央委员会');
  const panel = page.getByRole('complementary', { name: '详情' });
  await expect(panel.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    '社会组织',
  );
  await expect(panel.getByRole('article').getByText('受领导组织')).toBeVisible();
  await expect(panel.getByRole('heading', { name: '来源', exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: '在原文中查看' }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('chinese.png') });

  await page.keyboard.press('u');
  await expect(panel.getByRole('heading', { name: /^自社会组织向上的领导关系$/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // A copied link opens in Chinese; readings that wrap their object read in order.
  const fresh = await page.context().newPage();
  await fresh.goto('/?node=leading-party-members-groups&lang=zh');
  await waitForGraph(fresh);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('党的领导关系图谱');
  const summaries = fresh.getByRole('complementary', { name: '详情' }).locator('summary');
  await expect(summaries.filter({ hasText: '必须接受' })).toHaveText(/^本节点 必须接受 .+ 的领导/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Party Authority Graph');
  expect(await caption(page, PARTY_CENTRE_ID)).toBe(
    'Central Committee of the Communist Party of China',
  );
});
