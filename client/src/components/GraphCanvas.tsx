import { useEffect, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import { graphStyle } from '../graph/graph-style';
import { authorityLayout } from '../graph/authority-layout';
import { presetLayout } from '../graph/layout';
import { toElements } from '../graph/to-elements';

declare global {
  interface Window {
    /** The Cytoscape instance of the page, for end-to-end tests and the browser console. */
    __cy?: Core;
  }
}

interface GraphCanvasProps {
  readonly graph: GraphElements;
  /** Called once the layout has placed every element. */
  readonly onReady?: () => void;
}

/** The one component that owns the Cytoscape instance: created once, updated in a batch. */
export const GraphCanvas = ({ graph, onReady }: GraphCanvasProps) => {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: graphStyle(),
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
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

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      aria-label={`Graph of ${graph.nodes.length} nodes and ${graph.edges.length} relationships`}
      data-testid="graph-canvas"
    />
  );
};
