import { createServer } from 'node:http';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { screenshotPath, waitForGraph } from './support/ui';

/**
 * Another site's page holding this HTML: served on loopback at another port, so at another
 * origin (and, being on loopback too, not stopped by Chromium's local network checks).
 */
const hostPage = async (page: Page, html: string) => {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><body style="margin:0">${html}</body>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('host page not listening');
  await page.goto(`http://127.0.0.1:${address.port}/article`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
};

/** The frame of an iframe on the page, once its document has loaded. */
const frameOf = async (page: Page, selector: string): Promise<Frame> => {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
};

test.describe('embedding a view in another site', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('Embed code gives an iframe of the read-only view, which another site can frame and read', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?node=social-organizations&trace=up');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Embed code (iframe)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="${baseURL ?? ''}/embed\\?[^"]*node=social-organizations[^"]*" title="Party Authority Graph: Lines of authority up from Social organizations"`,
      ),
    );

    // A news site puts the snippet in an article.
    const closeHost = await hostPage(page, snippet);
    const embed = await frameOf(page, 'iframe[src*="/embed"]');
    await expect(embed.locator('.graph-area[data-ready="true"]')).toBeVisible();
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText(
      'Party Authority Graph: Lines of authority up from Social organizations',
    );
    // The chains are lit as in the full view; nothing in it edits or filters.
    await expect
      .poll(() => embed.evaluate<number>("window.__cy.$('node.highlighted').length"))
      .toBeGreaterThan(3);
    for (const name of ['Export', 'Filters', 'Trace up'])
      await expect(embed.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(embed.getByRole('searchbox')).toHaveCount(0);
    // Nothing to drag: the view is as its link says.
    expect(await embed.evaluate<boolean>('window.__cy.autoungrabify()')).toBe(true);
    const open = embed.getByRole('link', { name: 'Open in the explorer ↗' });
    await expect(open).toHaveAttribute('href', /\/\?.*node=social-organizations/);
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(embed.locator('.embed-credit')).toContainText(
      'The Chinese Communist Party in Chinese NGOs',
    );
    await page.screenshot({ path: screenshotPath('embed-in-article.png') });

    await closeHost();
  });

  for (const width of [320, 1200]) {
    test(`the embed fills a ${width} px wide frame without scrolling sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 520 });
      await page.goto('/embed?node=social-organizations&trace=up');
      await expect(page.locator('.graph-area[data-ready="true"]')).toBeVisible();
      const layout = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        canvas: document.querySelector('.graph-canvas')?.getBoundingClientRect(),
        footer: document.querySelector('.embed-footer')?.getBoundingClientRect(),
      }));
      expect(layout.scroll).toBeLessThanOrEqual(width);
      expect(layout.canvas?.width).toBeGreaterThanOrEqual(width - 2);
      expect(layout.canvas?.height).toBeGreaterThan(200);
      expect(layout.footer?.bottom).toBeLessThanOrEqual(520);
      await page.screenshot({ path: screenshotPath(`embed-${width}.png`) });
    });
  }
});

test.describe('the explorer itself', () => {
  // Chromium reports the refused frame as a policy violation: that is the point.
  test.use({ cspViolations: 'expected', consoleErrors: 'expected' });

  test('refuses to be framed by another site: only /embed may be', async ({ page, baseURL }) => {
    const closeHost = await hostPage(
      page,
      `<iframe id="full" src="${baseURL ?? ''}/?node=social-organizations"></iframe>` +
        `<iframe id="embed" src="${baseURL ?? ''}/embed?node=social-organizations"></iframe>`,
    );
    const embed = await frameOf(page, '#embed');
    await expect(embed.locator('.graph-area[data-ready="true"]')).toBeVisible();
    const full = await frameOf(page, '#full');
    await expect.poll(() => full.locator('#root').count()).toBe(0);
    await closeHost();
  });
});
