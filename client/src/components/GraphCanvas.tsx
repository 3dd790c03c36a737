import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import type { LayoutName, Selection } from '../app/view-store';
import type { PngExport } from '../export/export-png';
import type { SvgExport } from '../export/export-svg';
import { authorityLayout } from '../graph/authority-layout';
import { graphStyle } from '../graph/graph-style';
import { forceLayout, presetLayout } from '../graph/layout';
import { nearestInDirection, type Direction } from '../graph/nearest-node';
import { nodeCaption, toElements } from '../graph/to-elements';
import type { Highlight } from '../graph/trace-highlight';
import type { Language } from '../i18n/messages';
import { nodeName, typeName, verbParts } from '../i18n/names';

declare global {
  interface Window {
    /** The Cytoscape instance of the page, for end-to-end tests and the browser console. */
    __cy?: Core;
  }
}

interface GraphCanvasProps {
  readonly graph: GraphElements;
  readonly language: Language;
  readonly layout: LayoutName;
  readonly edgeLabels: boolean;
  readonly selection: Selection;
  /** Elements to bring forward while everything else is dimmed; null shows all alike. */
  readonly highlight: Highlight | null;
  readonly label: string;
  readonly onSelect: (selection: Selection) => void;
  /** Enter on the canvas: read what is selected. */
  readonly onActivate: () => void;
  /** Called each time the layout has placed every element. */
  readonly onReady?: () => void;
}

/** What the rest of the app may ask of the graph view, without touching Cytoscape. */
export interface GraphHandle {
  zoomBy(factor: number): void;
  fit(): void;
  exportPng(scale: number, caption: string, authorityLabel: string): Promise<PngExport>;
  exportSvg(caption: string, authorityLabel: string): Promise<SvgExport>;
}

/** The full name of what the pointer is over, legible at any zoom. */
interface HoverTip {
  readonly text: string;
  readonly detail: string | null;
  readonly x: number;
  readonly y: number;
}

type Names = { label: string; labelZh: string | null };

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The one component that owns the Cytoscape instance: created once, updated in batches. */
export const GraphCanvas = forwardRef<GraphHandle, GraphCanvasProps>(function GraphCanvas(
  {
    graph,
    language,
    layout,
    edgeLabels,
    selection,
    highlight,
    label,
    onSelect,
    onActivate,
    onReady,
  },
  ref,
) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const languageRef = useRef(language);
  const [tip, setTip] = useState<HoverTip | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useImperativeHandle(ref, () => {
    const ready = () => {
      const cy = cyRef.current;
      if (!cy) throw new Error('The graph is not ready');
      return cy;
    };
    // The export code loads only when someone exports.
    return {
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
      },
      fit: () => {
        const cy = cyRef.current;
        if (!cy) return;
        const lit = cy.elements('.highlighted');
        cy.fit(lit.nonempty() ? lit : cy.elements(), 40);
      },
      exportPng: async (scale, caption, authorityLabel) => {
        const cy = ready();
        const { exportPng } = await import('../export/export-png');
        return exportPng(cy, scale, caption, authorityLabel);
      },
      exportSvg: async (caption, authorityLabel) => {
        const cy = ready();
        const { exportSvg } = await import('../export/export-svg');
        return exportSvg(cy, caption, authorityLabel);
      },
    };
  });

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
    // Hovering names a node (in both languages) or reads a relationship, above it.
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      const names = node.data() as Names;
      const language = languageRef.current;
      const other = nodeName(names, language === 'zh' ? 'en' : 'zh');
      const box = node.renderedBoundingBox({ includeLabels: false });
      setTip({
        text: nodeName(names, language),
        detail: other === nodeName(names, language) ? null : other,
        x: (box.x1 + box.x2) / 2,
        y: box.y1,
      });
    });
    cy.on('mouseover', 'edge', (event) => {
      const edge = event.target as cytoscape.EdgeSingular;
      edge.addClass('hovered');
      const language = languageRef.current;
      const [verb, verbEnd] = verbParts(edge.data('type'), language);
      const end = (node: NodeSingular) => nodeName(node.data() as Names, language);
      const { x, y } = edge.renderedMidpoint();
      setTip({
        text: [end(edge.source()), verb, end(edge.target()), verbEnd].filter(Boolean).join(' '),
        detail: null,
        x,
        y: y - 6,
      });
    });
    cy.on('mouseout', 'edge', (event) =>
      (event.target as cytoscape.EdgeSingular).removeClass('hovered'),
    );
    cy.on('mouseout viewport tapstart', () => setTip(null));
    cyRef.current = cy;
    window.__cy = cy;
    // Panels opening beside the canvas change its size without a window resize.
    const resizes = new ResizeObserver(() => cy.resize());
    if (containerRef.current) resizes.observe(containerRef.current);
    return () => {
      resizes.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, []);

  // New elements or another layout: place everything again.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph, languageRef.current));
    });
    cy.layout(presetLayout(authorityLayout(graph))).run();
    const placed = layout === 'force' ? cy.layout(forceLayout()) : null;
    if (placed) {
      placed.one('layoutstop', () => onReady?.());
      placed.run();
    } else {
      onReady?.();
    }
  }, [graph, layout, onReady]);

  // Another language: captions change in place; nothing moves.
  useEffect(() => {
    languageRef.current = language;
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.data(nodeCaption(node.data() as { label: string; labelZh: string | null }, language));
      });
      cy.edges().forEach((edge) => {
        edge.data('caption', typeName(edge.data('type'), language));
      });
    });
  }, [language, graph]);

  useEffect(() => {
    cyRef.current?.edges().toggleClass('labelled', edgeLabels);
  }, [edgeLabels, graph, layout]);

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
  }, [selection, graph, layout]);

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
  }, [highlight, graph, layout]);

  /** Arrow keys move the selection to the nearest node that way; Enter reads it. */
  const onKeyDown = (event: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().empty()) return;
    if (event.key === 'Enter' && selection) {
      event.preventDefault();
      onActivate();
      return;
    }
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const current = selection?.kind === 'node' ? cy.getElementById(selection.id) : undefined;
    const from = current?.nonempty() ? (current as NodeSingular) : undefined;
    if (!from) {
      // Start at the top of the graph: the Party centre in the authority layout.
      const top = cy.nodes().min((node) => node.position('y')).ele as NodeSingular;
      onSelect({ kind: 'node', id: top.id() });
      return;
    }
    const candidates = cy
      .nodes()
      .map((node) => ({ id: node.id(), position: node.position() }))
      .filter((candidate) => candidate.id !== from.id());
    const next = nearestInDirection(from.position(), candidates, direction);
    if (next) onSelect({ kind: 'node', id: next });
  };

  return (
    <>
      <div
        ref={containerRef}
        className="graph-canvas"
        role="application"
        aria-roledescription="graph"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
      />
      {tip && (
        <div className="graph-tip" style={{ left: tip.x, top: tip.y }} aria-hidden>
          <strong>{tip.text}</strong>
          {tip.detail && <span>{tip.detail}</span>}
        </div>
      )}
    </>
  );
});
