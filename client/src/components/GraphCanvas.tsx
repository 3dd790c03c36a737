import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import type { Selection } from '../app/view-store';
import { authorityLayout } from '../graph/authority-layout';
import { graphStyle } from '../graph/graph-style';
import { presetLayout } from '../graph/layout';
import { toElements } from '../graph/to-elements';
import type { Highlight } from '../graph/trace-highlight';
import { exportPng, type PngExport } from '../export/export-png';

declare global {
  interface Window {
    /** The Cytoscape instance of the page, for end-to-end tests and the browser console. */
    __cy?: Core;
  }
}

interface GraphCanvasProps {
  readonly graph: GraphElements;
  readonly selection: Selection;
  /** Elements to bring forward while everything else is dimmed; null shows all alike. */
  readonly highlight: Highlight | null;
  readonly onSelect: (selection: Selection) => void;
  /** Called once the layout has placed every element. */
  readonly onReady?: () => void;
}

/** What the rest of the app may ask of the graph view, without touching Cytoscape. */
export interface GraphHandle {
  exportPng(scale: number, caption: string): Promise<PngExport>;
}

/** The one component that owns the Cytoscape instance: created once, updated in batches. */
export const GraphCanvas = forwardRef<GraphHandle, GraphCanvasProps>(function GraphCanvas(
  { graph, selection, highlight, onSelect, onReady },
  ref,
) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useImperativeHandle(ref, () => ({
    exportPng: (scale, caption) => {
      const cy = cyRef.current;
      if (!cy) return Promise.reject(new Error('The graph is not ready'));
      return exportPng(cy, scale, caption);
    },
  }));

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node, edge', (event) => {
      const target = event.target as cytoscape.SingularElementReturnValue;
      onSelectRef.current({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
    });
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cyRef.current = cy;
    window.__cy = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph));
    });
    const layout = cy.layout(presetLayout(authorityLayout(graph)));
    layout.one('layoutstop', () => onReady?.());
    layout.run();
  }, [graph, onReady]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
    // Bring a selected node into view, close enough to read, when it is not already.
    const selected = selection?.kind === 'node' ? cy.getElementById(selection.id) : undefined;
    if (selected?.nonempty()) {
      const { x, y } = selected.position();
      const view = cy.extent();
      const inView = x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
      if (!inView || cy.zoom() < 0.6) {
        cy.zoom(Math.max(cy.zoom(), 1));
        cy.center(selected);
      }
    }
  }, [selection, graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('dimmed highlighted');
      if (!highlight) return;
      cy.elements().forEach((element) => {
        const ids = element.group() === 'nodes' ? highlight.nodes : highlight.edges;
        const lit = ids.has(element.id());
        element.addClass(lit ? 'highlighted' : 'dimmed');
      });
    });
    if (highlight && highlight.nodes.size > 0) {
      cy.fit(cy.elements('.highlighted'), 60);
    }
  }, [highlight, graph]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      aria-label={`Graph of ${graph.nodes.length} nodes and ${graph.edges.length} relationships`}
      data-testid="graph-canvas"
    />
  );
});
