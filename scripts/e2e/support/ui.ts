import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

/** The part of Cytoscape's core these helpers read from the page's `window.__cy`. */
interface CyElement {
  id(): string;
  data(key: string): unknown;
  hasClass(name: string): boolean;
  visible(): boolean;
  renderedPosition(): { x: number; y: number };
  renderedMidpoint(): { x: number; y: number };
  position(): { x: number; y: number };
  midpoint(): { x: number; y: number };
}
interface CyCore {
  $id(id: string): CyElement & { nonempty(): boolean };
  nodes(): { map<T>(f: (n: CyElement) => T): T[] };
  edges(): { map<T>(f: (e: CyElement) => T): T[] };
  $(selector: string): { map<T>(f: (e: CyElement) => T): T[] };
  center(element: CyElement): void;
  zoom(level?: number): number;
  pan(to?: { x: number; y: number }): { x: number; y: number };
  width(): number;
  height(): number;
}

/** Waits until the graph is laid out and interactive. */
export const waitForGraph = async (page: Page) => {
  await expect(page.locator('.graph-area[data-ready="true"]')).toBeVisible();
};

/**
 * Runs a function against the page's Cytoscape instance. The function is sent as source
 * text, so it may use only its two arguments.
 */
export const withCy = <T, A>(page: Page, fn: (cy: CyCore, arg: A) => T, arg: A): Promise<T> =>
  page.evaluate<T>(
    `(() => {
      const cy = window.__cy;
      if (!cy) throw new Error('no Cytoscape instance on the page');
      return (${fn.toString()})(cy, ${JSON.stringify(arg)});
    })()`,
  );

/** Brings an element into view and returns where it is on the page. */
const pointAt = async (page: Page, id: string, part: 'node' | 'edge') => {
  const point = await withCy(
    page,
    (cy, arg) => {
      const element = cy.$id(arg.id);
      if (!element.nonempty()) throw new Error(`no element ${arg.id}`);
      cy.zoom(1.2);
      // On its position: the bounding box may hold a name not yet placed since a layout.
      const at = arg.part === 'node' ? element.position() : element.midpoint();
      cy.pan({ x: cy.width() / 2 - at.x * 1.2, y: cy.height() / 2 - at.y * 1.2 });
      return arg.part === 'node' ? element.renderedPosition() : element.renderedMidpoint();
    },
    { id, part },
  );
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('graph canvas not visible');
  return { x: box.x + point.x, y: box.y + point.y };
};

/** Brings an element into view and clicks it with the mouse, as a person would. */
const clickAt = async (page: Page, id: string, part: 'node' | 'edge') => {
  const { x, y } = await pointAt(page, id, part);
  await page.mouse.click(x, y);
};

/** Brings an element into view and rests the mouse on it. */
const hoverAt = async (page: Page, id: string, part: 'node' | 'edge') => {
  const { x, y } = await pointAt(page, id, part);
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
};

export const ui = {
  clickNode: (page: Page, id: string) => clickAt(page, id, 'node'),
  clickEdge: (page: Page, id: string) => clickAt(page, id, 'edge'),
  hoverNode: (page: Page, id: string) => hoverAt(page, id, 'node'),
  hoverEdge: (page: Page, id: string) => hoverAt(page, id, 'edge'),
  hasClass: (page: Page, id: string, name: string) =>
    withCy(page, (cy, arg) => cy.$id(arg.id).hasClass(arg.name), { id, name }),
};

/** Where end-to-end tests save screenshots and exported files for people to look at. */
export const screenshotPath = (name: string) =>
  fileURLToPath(new URL(`../../../test-results/screenshots/${name}`, import.meta.url));

/** Ids of the nodes a trace, a path or a chain shown alone lights up, sorted. */
export const litNodeIds = (page: Page): Promise<string[]> =>
  withCy(
    page,
    (cy) =>
      cy
        .$('node.highlighted')
        .map((n) => n.id())
        .sort(),
    null,
  );

/** Ids of the nodes on the canvas, sorted. */
export const canvasNodeIds = (page: Page): Promise<string[]> =>
  withCy(
    page,
    (cy) =>
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    null,
  );

/** Id of the selected element on the canvas, or null. */
export const selectedId = (page: Page): Promise<string | null> =>
  withCy(page, (cy) => cy.$(':selected').map((e) => e.id())[0] ?? null, null);

/** Where the camera is: zoom and pan. */
export const cameraOf = (page: Page) =>
  withCy(page, (cy) => ({ zoom: cy.zoom(), pan: cy.pan() }), null);

/** Runs an entry of the Export menu (opening it if need be) and reads the file it downloads. */
export const exportFile = async (page: Page, label: string) => {
  const menu = page.getByRole('button', { name: 'Export', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    bytes: await readFile(await download.path()),
  };
};
