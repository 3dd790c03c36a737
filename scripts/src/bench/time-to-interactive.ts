import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Time from navigation to a laid-out, interactive graph, in a fresh browser context (empty
 * cache) each time, in Debian's Chromium.
 */
export const timeToInteractive = async (baseUrl: string, loads: number): Promise<number[]> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page.waitForSelector('.graph-area[data-ready="true"]', { timeout: 30_000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
};
