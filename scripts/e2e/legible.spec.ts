import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { expect, test } from './support/test';
import { ui, waitForGraph, withCy } from './support/ui';

/** What the canvas draws of each node's name: its size on screen in px, or 0 when left out. */
const drawnNames = (page: Parameters<typeof waitForGraph>[0]) =>
  withCy(
    page,
    (cy) => {
      const zoom = cy.zoom();
      return cy.nodes().map((node) => {
        const styled = node as unknown as {
          style(name: string): string;
          data(name: string): string;
          boundingBox(options: object): { x1: number; x2: number; y1: number; y2: number };
        };
        const label = styled.style('label');
        const box = styled.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        });
        return {
          id: node.id(),
          kind: styled.data('kind'),
          px: label ? parseFloat(styled.style('font-size')) * zoom : 0,
          box: { x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2 },
        };
      });
    },
    null,
  );

/** A line the canvas draws: its ends, its label and the label's size on screen in px. */
interface DrawnLine {
  readonly id: string;
  readonly ends: string;
  readonly label: string;
  readonly px: number;
}

/** The lines drawn, and how many pairs of nodes the relationships join. */
const drawnLines = (page: Parameters<typeof waitForGraph>[0]) =>
  withCy(
    page,
    (cy) => {
      interface Line {
        id(): string;
        style(name: string): string;
        source(): { id(): string };
        target(): { id(): string };
      }
      const edges = (cy as unknown as { edges(): { toArray(): Line[] } }).edges().toArray();
      const ends = (edge: Line) => [edge.source().id(), edge.target().id()].sort().join(' ');
      const drawn: DrawnLine[] = edges
        .filter((edge) => edge.style('display') !== 'none')
        .map((edge) => ({
          id: edge.id(),
          ends: ends(edge),
          label: edge.style('label'),
          px: parseFloat(edge.style('font-size')) * cy.zoom(),
        }));
      return { drawn, pairs: new Set(edges.map(ends)).size };
    },
    null,
  );

test.describe('a legible first view', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('names are drawn at 11 px or more, none over another, the centre and most organs of Party and state among them', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const names = await drawnNames(page);
    const drawn = names.filter((name) => name.px > 0);
    for (const name of drawn) expect(name.px, name.id).toBeGreaterThanOrEqual(11 - 0.01);
    // Zoomed out to fit, names grow to stay legible, and of two that would overlap the lesser
    // is left out: the centre never, most organs not (how many depends on the font's widths).
    const overlapping = drawn.flatMap((a, index) =>
      drawn
        .slice(index + 1)
        .filter(
          (b) =>
            a.box.y1 < b.box.y2 &&
            b.box.y1 < a.box.y2 &&
            Math.min(a.box.x2, b.box.x2) > Math.max(a.box.x1, b.box.x1),
        )
        .map((b) => `${a.id} and ${b.id}`),
    );
    expect(overlapping).toEqual([]);
    const organs = names.filter(
      (name) => name.kind === 'party-organ' || name.kind === 'state-organ',
    );
    expect(organs.length).toBeGreaterThan(5);
    expect(drawn.map((name) => name.id)).toContain(PARTY_CENTRE_ID);
    const namedOrgans = organs.filter((organ) => organ.px > 0);
    expect(namedOrgans.length).toBeGreaterThanOrEqual(Math.ceil(0.75 * organs.length));

    // A name left out at this zoom shows on hover, and every name once the camera is close.
    const unnamed = names.find((name) => name.px === 0);
    expect(unnamed, 'the overview leaves the least prominent names out').toBeDefined();
    await ui.hoverNode(page, unnamed?.id ?? '');
    await expect(page.locator('.graph-tip')).toBeVisible();
    // (Setting the zoom returns Cytoscape itself, which is not sent back from the page.)
    await withCy(
      page,
      (cy) => {
        cy.zoom(1);
        return null;
      },
      null,
    );
    const close = await drawnNames(page);
    for (const name of close) expect(name.px, name.id).toBeGreaterThanOrEqual(11 - 0.01);
  });

  test('every node of a traced chain is named, however far out the chain is fitted', async ({
    page,
  }) => {
    await page.goto('/?node=social-organizations&trace=up');
    await waitForGraph(page);
    const litNodes = () =>
      withCy(page, (cy) => cy.$('node.highlighted').map((node) => node.id()), null);
    await expect.poll(async () => (await litNodes()).length).toBeGreaterThan(3);
    const lit = await litNodes();
    const names = await drawnNames(page);
    for (const id of lit) {
      const name = names.find((candidate) => candidate.id === id);
      expect(name?.px, id).toBeGreaterThanOrEqual(11 - 0.01);
    }
  });

  test('a wheel notch zooms by a tenth or more', async ({ page }) => {
    await page.goto('/');
    await waitForGraph(page);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('graph canvas not visible');
    const before = await withCy(page, (cy) => cy.zoom(), null);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await expect
      .poll(() => withCy(page, (cy) => cy.zoom(), null))
      .toBeGreaterThanOrEqual(before * 1.1);
  });

  test('relationships between the same two nodes are one line with their count, each one readable', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const lines = await drawnLines(page);
    const between = (drawn: DrawnLine[]) =>
      drawn.filter((l) => l.ends === 'leading-party-members-groups state-organs');
    const [line, ...more] = between(lines.drawn);
    expect(more).toEqual([]);
    expect(line?.label).toBe('×2');
    expect(line?.px).toBeGreaterThanOrEqual(11 - 0.01);
    expect(lines.drawn.length, 'every pair of nodes has one line').toBe(lines.pairs);

    // Its details name the other relationship the line stands for, which opens on a click
    // and is then the one drawn.
    await ui.clickEdge(page, line?.id ?? '');
    const details = page.locator('.details');
    await expect(details.getByRole('heading', { level: 2 })).toContainText(/groups\s*lead\s*State/);
    const alongside = details.getByRole('region', { name: /1 more relationship/ });
    await alongside.getByRole('button', { name: /manage cadres of/ }).click();
    await expect(details.getByRole('heading', { level: 2 })).toContainText('manage cadres of');
    await expect
      .poll(async () => between((await drawnLines(page)).drawn).map((drawn) => drawn.id))
      .toEqual(['party-groups-manage-cadres-of-state-organs']);
    expect(between((await drawnLines(page)).drawn)[0]?.label).toContain('lead');
  });

  test('no line runs across a node it does not join', async ({ page }) => {
    /** Each line drawn that crosses a node other than its ends: "line x node". */
    const crossings = () =>
      withCy(
        page,
        (cy) => {
          interface At {
            x: number;
            y: number;
          }
          interface Box {
            x1: number;
            x2: number;
            y1: number;
            y2: number;
          }
          interface Item {
            id(): string;
            style(name: string): string;
            boundingBox(options: object): Box;
            source(): { id(): string };
            target(): { id(): string };
            sourceEndpoint(): At;
            targetEndpoint(): At;
            segmentPoints(): At[] | undefined;
          }
          const all = cy as unknown as {
            nodes(): { toArray(): Item[] };
            edges(): { toArray(): Item[] };
          };
          const shown = (item: Item) => item.style('display') !== 'none';
          const boxes = all
            .nodes()
            .toArray()
            .filter(shown)
            .map((node) => ({
              id: node.id(),
              box: node.boundingBox({ includeLabels: false, includeOverlays: false }),
            }));
          const crosses = (a: At, b: At, box: Box) =>
            Array.from({ length: 101 }, (_, i) => i / 100).some((t) => {
              const x = a.x + (b.x - a.x) * t;
              const y = a.y + (b.y - a.y) * t;
              return x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2;
            });
          return all
            .edges()
            .toArray()
            .filter(shown)
            .flatMap((edge) => {
              const points = [
                edge.sourceEndpoint(),
                ...(edge.segmentPoints() ?? []),
                edge.targetEndpoint(),
              ];
              return boxes
                .filter(({ id }) => id !== edge.source().id() && id !== edge.target().id())
                .filter(({ box }) =>
                  points.slice(1).some((end, i) => crosses(points[i] ?? end, end, box)),
                )
                .map(({ id }) => `${edge.id()} x ${id}`);
            });
        },
        null,
      );
    await page.goto('/');
    await waitForGraph(page);
    expect(await crossings()).toEqual([]);
    // Lines are routed again when a node moves: dropped in the middle of the longest
    // straight line, it sends that line around it.
    await withCy(
      page,
      (cy) => {
        interface At {
          x: number;
          y: number;
        }
        interface Line {
          hasClass(name: string): boolean;
          source(): { id(): string; position(): At };
          target(): { id(): string; position(): At };
        }
        const moved = 'social-organizations';
        const lines = (cy as unknown as { edges(): { toArray(): Line[] } })
          .edges()
          .toArray()
          .filter(
            (e) => !e.hasClass('routed') && e.source().id() !== moved && e.target().id() !== moved,
          );
        const length = (e: Line) =>
          Math.hypot(
            e.source().position().x - e.target().position().x,
            e.source().position().y - e.target().position().y,
          );
        const longest = lines.sort((a, b) => length(b) - length(a))[0];
        if (!longest) throw new Error('no straight line');
        const node = cy.$id(moved) as unknown as {
          position(to: At): void;
          emit(event: string): void;
        };
        const [a, b] = [longest.source().position(), longest.target().position()];
        node.position({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
        node.emit('dragfree');
      },
      null,
    );
    expect(await crossings()).toEqual([]);
  });
});
