import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { exportFile, screenshotPath, waitForGraph, withCy } from './support/ui';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

/** Chooses the size figures are exported at, in the open export menu. */
const chooseSize = async (page: Page, size: string) => {
  const menu = page.getByRole('button', { name: 'Export', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByLabel('Figure size').selectOption({ label: size });
};

/**
 * Shows an SVG figure 720 px wide, as an article column would, and reads the size on screen
 * of every text in it (its font size times the scale of every transform above it).
 */
const textSizesIn720 = (page: Page, svg: string) =>
  page.evaluate((text) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;width:720px';
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    root.setAttribute('width', '720');
    root.removeAttribute('height');
    holder.append(root);
    document.body.append(holder);
    const sizes = Array.from(root.querySelectorAll('text'), (element) => {
      const matrix = element.getScreenCTM();
      const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 0;
      return {
        text: element.textContent,
        px: Number.parseFloat(getComputedStyle(element).fontSize) * scale,
      };
    });
    holder.remove();
    return sizes.filter((size) => size.text.trim() !== '');
  }, svg);

/** The font size of every name on the canvas, by node. */
const canvasFonts = (page: Page) =>
  withCy(
    page,
    (cy) =>
      cy
        .nodes()
        .map((node) => [
          node.id(),
          (node as unknown as { style(name: string): string }).style('font-size'),
        ]),
    null,
  );

/** Colours a chain figure draws (the palette's trace, node kinds, ink and muted text). */
const FIGURE_COLOURS = {
  trace: [217, 119, 6],
  partyOrgan: [185, 28, 28],
  document: [161, 98, 7],
  governed: [21, 128, 61],
  meeting: [71, 85, 105],
  ink: [17, 24, 39],
  muted: [107, 114, 128],
} as const;

/**
 * How many pixels of each figure colour an image has, for the PNG and for the SVG drawn by
 * the browser at the PNG's size: the same content gives the same counts, give or take the
 * edges of shapes and letters.
 */
const colourCounts = (page: Page, png: Buffer, svg: string) =>
  page.evaluate(
    async ({ pngBase64, svgText, colours }) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const pngImage = await load(`data:image/png;base64,${pngBase64}`);
      const svgImage = await load(
        URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' })),
      );
      const { width, height } = pngImage;
      const count = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no canvas');
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        const data = context.getImageData(0, 0, width, height).data;
        const counts: Record<string, number> = {};
        const entries = Object.entries(colours);
        for (let i = 0; i < data.length; i += 4) {
          const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
          const match = entries.find(
            ([, [cr, cg, cb]]) => Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < 30,
          );
          if (match) counts[match[0]] = (counts[match[0]] ?? 0) + 1;
        }
        return counts;
      };
      return { png: count(pngImage), svg: count(svgImage) };
    },
    { pngBase64: png.toString('base64'), svgText: svg, colours: FIGURE_COLOURS },
  );

test.describe('figures for publication', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a traced chain exported for an article column has every label at 11 px or more when shown 720 px wide, and its SVG draws what its PNG does', async ({
    page,
  }) => {
    await page.goto('/?node=social-organizations&trace=up');
    await waitForGraph(page);
    await chooseSize(page, 'Article column (720 px wide)');

    const svgFile = await exportFile(page, 'SVG');
    expect(svgFile.name).toMatch(/-column\.svg$/);
    const svg = svgFile.bytes.toString('utf8');
    const sizes = await textSizesIn720(page, svg);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.map((size) => size.text).join(' ')).toContain('Social organizations');
    for (const size of sizes) expect(size.px, size.text).toBeGreaterThanOrEqual(11 - 0.05);

    const pngFile = await exportFile(page, 'PNG 1×');
    expect(pngFile.name).toMatch(/-column-1x\.png$/);
    await writeFile(screenshotPath('export-chain-column.png'), pngFile.bytes);
    const size = pngSize(pngFile.bytes);
    expect(size.width).toBe(1440);
    const svgSize = svg.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/);
    expect([Number(svgSize?.[1]), Number(svgSize?.[2])]).toEqual([size.width, size.height]);
    // Same content: the trace, the nodes, the names, the legend and the caption.
    const counts = await colourCounts(page, pngFile.bytes, svg);
    for (const colour of Object.keys(FIGURE_COLOURS)) {
      const png = counts.png[colour] ?? 0;
      const drawn = counts.svg[colour] ?? 0;
      expect(png, `${colour} in the PNG`).toBeGreaterThan(200);
      expect(
        Math.abs(png - drawn),
        `${colour}: PNG ${png} px, SVG ${drawn} px`,
      ).toBeLessThanOrEqual(0.08 * png);
    }
  });

  test('a wide view exported for a column enlarges its names to 11 px in 720 px, or says it could not', async ({
    page,
  }) => {
    await page.goto('/?kinds=party-organ,state-organ');
    await waitForGraph(page);
    const before = await canvasFonts(page);
    await chooseSize(page, 'Article column (720 px wide)');
    const svg = (await exportFile(page, 'SVG')).bytes.toString('utf8');
    const status = page.getByRole('status').filter({ hasText: 'Exported an SVG' });
    await expect(status).toBeVisible();
    const sizes = await textSizesIn720(page, svg);
    const small = sizes.filter((size) => size.px < 11 - 0.05);
    if ((await status.textContent())?.includes('smaller than 11 px')) {
      expect(small.length).toBeGreaterThan(0);
    } else {
      expect(small).toEqual([]);
      expect(sizes.map((size) => size.text).join(' ')).toContain('State Council');
    }
    // The canvas keeps its own names: the figure's enlargement is undone.
    expect(await canvasFonts(page)).toEqual(before);
    await writeFile(screenshotPath('export-organs-column.svg'), svg);
  });

  test('presets export at their pixel sizes, whole or traced', async ({ page }) => {
    await page.goto('/?node=social-organizations&trace=up');
    await waitForGraph(page);
    for (const [label, width, height] of [
      ['Slide, 1200 × 675', 1200, 675],
      ['Portrait post, 1080 × 1350', 1080, 1350],
      ['A4 page, 300 dpi', 2480, 3508],
    ] as const) {
      await chooseSize(page, label);
      const png = await exportFile(page, 'PNG 1×');
      expect(pngSize(png.bytes), label).toEqual({ width, height });
      await expect(page.getByRole('status').filter({ hasText: 'Exported a' })).toContainText(
        `Exported a ${width}×${height} px PNG`,
      );
    }
    await chooseSize(page, 'Slide, 1200 × 675');
    const slide = await exportFile(page, 'PNG 2×');
    expect(pngSize(slide.bytes)).toEqual({ width: 2400, height: 1350 });
    await writeFile(screenshotPath('export-chain-slide.png'), slide.bytes);
  });
});
