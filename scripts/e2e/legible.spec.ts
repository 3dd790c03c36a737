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
        };
        const label = styled.style('label');
        return {
          id: node.id(),
          kind: styled.data('kind'),
          px: label ? parseFloat(styled.style('font-size')) * zoom : 0,
        };
      });
    },
    null,
  );

test.describe('a legible first view', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('names are drawn at 11 px or more, the centre and the organs of Party and state among them', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const names = await drawnNames(page);
    const drawn = names.filter((name) => name.px > 0);
    for (const name of drawn) expect(name.px, name.id).toBeGreaterThanOrEqual(11 - 0.01);
    const organs = names.filter(
      (name) => name.kind === 'party-organ' || name.kind === 'state-organ',
    );
    expect(organs.length).toBeGreaterThan(5);
    expect(drawn.map((name) => name.id)).toEqual(
      expect.arrayContaining([PARTY_CENTRE_ID, ...organs.map((organ) => organ.id)]),
    );

    // A name left out at this zoom shows on hover, and every name once the camera is close.
    const unnamed = names.find((name) => name.px === 0);
    expect(unnamed, 'the overview leaves the least prominent names out').toBeDefined();
    await ui.hoverNode(page, unnamed?.id ?? '');
    await expect(page.locator('.graph-tip')).toBeVisible();
    await withCy(page, (cy) => cy.zoom(1), null);
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
});
