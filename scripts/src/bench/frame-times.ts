import { chromium } from '@playwright/test';
import { percentile } from './percentile';

// Software WebGL (SwiftShader): this machine has no GPU, and Chromium offers WebGL without one
// only when asked.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface FrameTimes {
  readonly renderer: 'canvas' | 'webgl';
  readonly elements: number;
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/**
 * Frame times while the camera pans and zooms over `elements` elements, all on screen: in the
 * explorer's page, a Cytoscape instance of the size of its graph area, with its stylesheet,
 * holding nodes of every kind with names and the lines between them (half nodes, half
 * relationships, in rows under one another as the authority layout draws them), names hidden
 * when too small to read as the explorer hides them. Once the first drawing has settled, each
 * frame the camera moves a little; what is timed is the interval between frames, as the person
 * would see it. Measured with the canvas renderer and with the WebGL one.
 */
export const frameTimes = async (
  baseUrl: string,
  {
    elements,
    seconds,
    renderer,
  }: { elements: number; seconds: number; renderer: FrameTimes['renderer'] },
): Promise<FrameTimes> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx names the functions this file sends to the page with a helper the page lacks.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.goto(baseUrl);
    await page.waitForSelector('.graph-area[data-ready="true"]', { timeout: 60_000 });
    const intervals = await page.evaluate(
      async ({ elements, seconds, webgl }) => {
        interface Cy {
          constructor: new (options: unknown) => Cy;
          style(): { json(): unknown };
          fit(): void;
          nodes(): { addClass(name: string): void };
          panBy(by: { x: number; y: number }): void;
          zoom(level?: number): number;
          width(): number;
          height(): number;
          destroy(): void;
        }
        const explorer = (window as unknown as { __cy: Cy }).__cy;
        const area = document.querySelector<HTMLElement>('.graph-canvas');
        if (!area) throw new Error('no graph canvas on the page');
        const box = area.getBoundingClientRect();
        const container = document.createElement('div');
        container.style.cssText = `position:fixed;left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px;background:#fff;z-index:1000`;
        document.body.append(container);
        const kinds = ['party-organ', 'state-organ', 'document', 'governed-entity', 'process'];
        const nodes = Math.ceil(elements / 2);
        const perRow = Math.ceil(Math.sqrt(nodes * 2));
        if (elements - nodes > nodes) throw new Error('more relationships than nodes');
        const items: unknown[] = [];
        for (let i = 0; i < nodes; i++) {
          items.push({
            group: 'nodes',
            data: {
              id: `n${i}`,
              kind: kinds[i % kinds.length],
              caption: `Synthetic organization ${i}`,
              prominence: 1,
              fontSize: 13,
              textWidth: 120,
              labelScale: 1,
            },
            position: { x: (i % perRow) * 140, y: Math.floor(i / perRow) * 110 },
          });
        }
        // Each node leads the one beneath it (or, on the last row, the next one): short lines,
        // as a layout draws them.
        for (let i = 0; i < elements - nodes; i++) {
          const below = i + perRow < nodes ? i + perRow : (i + 1) % nodes;
          items.push({
            group: 'edges',
            data: {
              id: `e${i}`,
              source: `n${i % nodes}`,
              target: `n${below}`,
              type: 'LEADS',
              authority: true,
              basis: i % 3 === 0 ? 'author-reading' : 'provision',
              modality: 'must',
              caption: 'leads',
              fontSize: 10,
              labelScale: 1,
            },
          });
        }
        const Core = explorer.constructor;
        const cy = new Core({
          container,
          elements: items,
          style: explorer.style().json(),
          layout: { name: 'preset' },
          renderer: { name: 'canvas', webgl },
        });
        cy.fit();
        // As the explorer's level of detail does (label-detail): a name smaller than 11 px on
        // screen is not drawn.
        if (13 * cy.zoom() < 11) cy.nodes().addClass('unnamed');
        const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
        // The first drawing: from the first move of the camera until frames come quickly
        // (five in a row under 100 ms), at most a minute.
        const started = await frame();
        cy.panBy({ x: 1, y: 1 });
        let at = await frame();
        for (let quick = 0; quick < 5 && at - started < 60_000;) {
          cy.panBy({ x: 1, y: 0 });
          const next = await frame();
          quick = next - at < 100 ? quick + 1 : 0;
          at = next;
        }
        const gaps: number[] = [];
        let last = await frame();
        const end = last + seconds * 1000;
        let step = 0;
        while (last < end) {
          step += 1;
          cy.panBy({ x: step % 120 < 60 ? 3 : -3, y: step % 80 < 40 ? 2 : -2 });
          cy.zoom(cy.zoom() * (step % 100 < 50 ? 1.004 : 0.996));
          const now = await frame();
          gaps.push(now - last);
          last = now;
        }
        cy.destroy();
        container.remove();
        return gaps;
      },
      { elements, seconds, webgl: renderer === 'webgl' },
    );
    const sorted = [...intervals].sort((a, b) => a - b);
    return {
      renderer,
      elements,
      frames: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) ?? 0,
    };
  } finally {
    await browser.close();
  }
};
