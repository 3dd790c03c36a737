import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import cytoscape, { type Core } from 'cytoscape';
import { NodeSummary, RelationshipType, type GraphElements } from '@pag/graph-seed';
import type { PngExport } from '../export/export-png';
import type { SvgExport } from '../export/export-svg';
import type { Caption, FigureLabels } from '../export/figure-frame';
import type { FigurePlan } from '../export/figure-plan';
import type { FigureSize } from '../export/figure-size';
import { isArrowKey, nodeForArrowKey } from '../graph/arrow-keys';
import { authorityLayout, type LayoutGraph } from '../graph/authority-layout';
import { withChainsLaidOut } from '../graph/chain-figure-layout';
import { provideCytoscapeStylesheet } from '../graph/cytoscape-stylesheet';
import { graphStyle } from '../graph/graph-style';
import { applyLabelDetail, withEveryName } from '../graph/label-detail';
import { scaleLabels } from '../graph/label-size';
import { forceLayout, presetLayout } from '../graph/layout';
import { routeEdges } from '../graph/edge-routes';
import { mergeParallelEdges } from '../graph/parallel-edges';
import type { Pins } from '../graph/pins';
import { stablePositions } from '../graph/stable-positions';
import { nodeCaption, toElements } from '../graph/to-elements';
import type { Highlight } from '../graph/trace-highlight';
import { groupLayoutElements, isGroupId, type DrawnGroup } from '../graph/group-members';
import type { Language } from '../i18n/messages';
import { typeName } from '../i18n/names';
import type { Camera, LayoutName, Selection } from '../view/view-store';
import { applyCamera, cameraOf, centreOn, fitCamera } from '../graph/camera';
import { useHoverTip } from './use-hover-tip';
import './GraphCanvas.css';

declare global {
  interface Window {
    /** The Cytoscape instance of the page, for end-to-end tests and the browser console. */
    __cy?: Core;
  }
}

interface GraphCanvasProps {
  readonly graph: GraphElements;
  /** Groups of the overview drawn beside the graph, each joined to a node of it. */
  readonly groups?: readonly DrawnGroup[];
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
  /**
   * A click on a node, or Enter on the selected one (not the arrow keys, which only move the
   * selection): opens it, where opening means something (a member drawn from a group).
   */
  readonly onOpen?: (id: string) => void;
  /** Called each time a layout (named) has placed every element. */
  readonly onReady?: (layout: LayoutName) => void;
  /** Where a shared link put the camera: applied once, when the graph is first laid out. */
  readonly initialCamera?: Camera;
  /** Whether chains are asked for: a link's camera then waits for their highlight. */
  readonly awaitHighlight?: boolean;
  /** The person moved the camera (a camera), or the explorer placed it itself (null). */
  readonly onCamera?: (camera: Camera) => void;
  /** Nodes dragged into place, which every layout leaves there. */
  readonly pins?: Pins;
  /** The person dragged a node to a place. Without it, nodes cannot be dragged (read-only). */
  readonly onPin?: (id: string, position: { x: number; y: number }) => void;
}

const NO_PINS: Pins = {};
const NO_GROUPS: readonly DrawnGroup[] = [];

/** The graph with its groups, for the layout to place together. */
const withGroupsToPlace = (graph: GraphElements, groups: readonly DrawnGroup[]): LayoutGraph => {
  if (groups.length === 0) return graph;
  const placed = groupLayoutElements(groups);
  return { nodes: [...graph.nodes, ...placed.nodes], edges: [...graph.edges, ...placed.edges] };
};

/** How long after the last pan or zoom gesture the camera is reported. */
const CAMERA_SETTLE_MS = 250;

/** What the rest of the app may ask of the graph view, without touching Cytoscape. */
export interface GraphHandle {
  zoomBy(factor: number): void;
  fit(): void;
  /**
   * A figure of the view at a size, `scale` times its pixels; with `onlyLit`, of the traced
   * chains or found paths alone.
   */
  exportPng(
    size: FigureSize,
    scale: number,
    caption: Caption,
    labels: FigureLabels,
    onlyLit: boolean,
  ): Promise<PngExport>;
  exportSvg(
    size: FigureSize,
    caption: Caption,
    labels: FigureLabels,
    onlyLit: boolean,
  ): Promise<SvgExport>;
}

const NodeNames = NodeSummary.pick({ name: true, nameZh: true });

/** Fits the traced chains, if any, else the whole graph, into the view. */
const fitView = (cy: Core) => {
  const lit = cy.elements('.highlighted');
  fitCamera(cy, lit.nonempty() ? lit : cy.elements());
};

/** The one component that owns the Cytoscape instance: created once, updated in batches. */
export const GraphCanvas = forwardRef<GraphHandle, GraphCanvasProps>(function GraphCanvas(
  {
    graph,
    groups = NO_GROUPS,
    language,
    layout,
    edgeLabels,
    selection,
    highlight,
    label,
    onSelect,
    onActivate,
    onOpen,
    onReady,
    initialCamera = null,
    awaitHighlight = false,
    onCamera,
    pins = NO_PINS,
    onPin,
  },
  ref,
) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const onOpenRef = useRef(onOpen);
  const tip = useHoverTip(cy, language);

  const pendingCamera = useRef(initialCamera);
  // Whether the camera last moved to fit the graph or the chains (refitted when a panel opens
  // or closes beside the canvas) or to a place, the person's or a selected node's (whose centre
  // a resize keeps).
  const fitted = useRef(true);
  const onCameraRef = useRef(onCamera);

  // What a figure of the chains alone lays out afresh.
  const graphRef = useRef(graph);
  const highlightRef = useRef(highlight);
  // Where each node was last placed by the authority layout or a drag: a new graph keeps it.
  const remembered = useRef(new Map<string, { x: number; y: number }>());
  const pinsRef = useRef(pins);
  const layoutRef = useRef(layout);
  const onPinRef = useRef(onPin);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onOpenRef.current = onOpen;
    onCameraRef.current = onCamera;
    onPinRef.current = onPin;
    graphRef.current = graph;
    highlightRef.current = highlight;
    pinsRef.current = pins;
    layoutRef.current = layout;
  }, [onSelect, onOpen, onCamera, onPin, graph, highlight, pins, layout]);

  useImperativeHandle(ref, () => {
    // Asked after the export code has loaded: the view may have gone meanwhile.
    const ready = () => {
      if (!cy || cy.destroyed()) throw new Error('The graph is not ready');
      return cy;
    };
    /**
     * A figure of the view (see asFigure), planned with every name shown, and names enlarged
     * where the plan needs it; a figure of the chains alone lays them out on their own.
     */
    const drawFigure = async <T,>(
      onlyLit: boolean,
      size: FigureSize,
      scale: number,
      caption: Caption,
      labels: FigureLabels,
      draw: (instance: Core, plan: FigurePlan) => Promise<T>,
    ): Promise<T> => {
      const [{ asFigure }, { planFigure }] = await Promise.all([
        import('../export/figure-contents'),
        import('../export/figure-plan'),
      ]);
      const instance = ready();
      const enlarge = (factor: number) => {
        instance.batch(() => {
          scaleLabels(instance.elements(), factor);
        });
      };
      const planned = () =>
        withEveryName(instance, () =>
          draw(instance, planFigure(instance, size, scale, labels, caption, enlarge)),
        );
      const chains = onlyLit ? highlightRef.current : null;
      return asFigure(instance, onlyLit, () =>
        chains && chains.nodes.size > 0
          ? withChainsLaidOut(instance, graphRef.current, chains, planned)
          : planned(),
      );
    };
    return {
      zoomBy: (factor) => {
        if (!cy) return;
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
        fitted.current = false;
        onCameraRef.current?.(cameraOf(cy));
      },
      fit: () => {
        if (!cy) return;
        fitView(cy);
        fitted.current = true;
        onCameraRef.current?.(null);
      },
      // The export code loads only when someone exports.
      exportPng: (size, scale, caption, labels, onlyLit) =>
        drawFigure(onlyLit, size, scale, caption, labels, async (instance, plan) => {
          const { exportPng } = await import('../export/export-png');
          return exportPng(instance, plan);
        }),
      exportSvg: (size, caption, labels, onlyLit) =>
        drawFigure(onlyLit, size, 1, caption, labels, async (instance, plan) => {
          const { exportSvg } = await import('../export/export-svg');
          return exportSvg(instance, plan);
        }),
    };
  }, [cy]);

  useEffect(() => {
    provideCytoscapeStylesheet();
    const instance = cytoscape({
      container: containerRef.current,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 3,
      // A wheel notch zooms about 10% rather than Cytoscape's 4%.
      wheelSensitivity: 2.5,
      selectionType: 'single',
      boxSelectionEnabled: false,
      // A view that cannot pin (an embed) has nothing to drag.
      autoungrabify: !onPinRef.current,
    });
    instance.on('tap', 'node', (event: cytoscape.EventObjectNode) => {
      onSelectRef.current({ kind: 'node', id: event.target.id() });
      onOpenRef.current?.(event.target.id());
    });
    instance.on('tap', 'edge', (event: cytoscape.EventObjectEdge) => {
      onSelectRef.current({ kind: 'edge', id: event.target.id() });
    });
    instance.on('tap', (event) => {
      if (event.target === instance) onSelectRef.current(null);
    });
    // Pan and zoom gestures (not the explorer's own moves) report where the camera came to rest.
    let settling: ReturnType<typeof setTimeout> | undefined;
    instance.on('dragpan scrollzoom pinchzoom', () => {
      clearTimeout(settling);
      fitted.current = false;
      settling = setTimeout(() => onCameraRef.current?.(cameraOf(instance)), CAMERA_SETTLE_MS);
    });
    instance.on('zoom', () => applyLabelDetail(instance));
    // A node dragged and let go stays where it was put: a pin.
    instance.on('dragfree', 'node', (event: cytoscape.EventObjectNode) => {
      const position = { ...event.target.position() };
      // A place in the force layout is no place in the authority layout: only the pin keeps it.
      if (layoutRef.current === 'authority') remembered.current.set(event.target.id(), position);
      onPinRef.current?.(event.target.id(), position);
      routeEdges(instance);
      // Names that collided may not now, and others may.
      applyLabelDetail(instance, true);
    });
    setCy(instance);
    window.__cy = instance;
    // Panels opening beside the canvas change its size without a window resize: the
    // person's camera keeps its centre, the explorer's fits the graph again.
    // The size the canvas had, remembered: by the time the observer runs, Cytoscape may
    // already read the new one, and the centre must be the one the person saw.
    let size = { width: instance.width(), height: instance.height() };
    const resizes = new ResizeObserver(() => {
      const before = cameraOf(instance, size);
      instance.resize();
      size = { width: instance.width(), height: instance.height() };
      if (!fitted.current) {
        // The person's camera keeps its centre; the link says so at once.
        clearTimeout(settling);
        applyCamera(instance, before);
        onCameraRef.current?.(cameraOf(instance));
      } else if (instance.nodes().nonempty()) fitView(instance);
    });
    if (containerRef.current) resizes.observe(containerRef.current);
    return () => {
      clearTimeout(settling);
      resizes.disconnect();
      instance.destroy();
      setCy(null);
      if (window.__cy === instance) delete window.__cy;
    };
  }, []);

  // New elements or another layout: place everything again.
  const languageRef = useRef(language);
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph, languageRef.current, groups));
    });
    // Nodes seen before keep their places, pinned ones theirs, so only new nodes move in;
    // the person's camera stays where it is.
    const positions = stablePositions(
      authorityLayout(withGroupsToPlace(graph, groups)),
      layout === 'authority' ? remembered.current : new Map(),
      pinsRef.current,
    );
    if (layout === 'authority') {
      // A group's box is placed afresh each time, with the members drawn from it: kept where
      // it was, it would stand where they now are.
      for (const [id, position] of Object.entries(positions))
        if (!isGroupId(id)) remembered.current.set(id, position);
    }
    const keepCamera = !fitted.current && layout === 'authority';
    cy.layout(presetLayout(positions)).run();
    routeEdges(cy);
    if (!keepCamera) {
      fitCamera(cy, cy.elements());
      fitted.current = true;
      onCameraRef.current?.(null);
    }
    applyLabelDetail(cy, true);
    if (layout === 'force') {
      // The force layout moves every node but the pinned ones.
      const locked = cy.nodes().filter((node) => node.id() in pinsRef.current);
      locked.lock();
      const placed = cy.layout(forceLayout());
      placed.one('layoutstop', () => {
        locked.unlock();
        routeEdges(cy);
        fitCamera(cy, cy.elements());
        applyLabelDetail(cy, true);
        settleCamera(cy);
        onReady?.(layout);
      });
      placed.run();
    } else {
      onReady?.(layout);
    }
  }, [cy, graph, groups, layout, onReady]);

  // Another language: captions change in place; nothing moves.
  useEffect(() => {
    languageRef.current = language;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.data(nodeCaption(NodeNames.parse(node.data()), language));
      });
      cy.edges().forEach((edge) => {
        edge.data('caption', typeName(RelationshipType.parse(edge.data('type')), language));
      });
    });
    mergeParallelEdges(cy);
    // Names of another width: which of them collide is decided afresh, once Cytoscape has
    // drawn them (measured before, the new names were drawn with the old names' lines).
    const frame = requestAnimationFrame(() => applyLabelDetail(cy, true));
    return () => cancelAnimationFrame(frame);
  }, [cy, language, graph]);

  useEffect(() => {
    cy?.edges().toggleClass('labelled', edgeLabels);
  }, [cy, edgeLabels, graph, layout]);

  useEffect(() => {
    cy?.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('pinned', node.id() in pins);
      });
    });
  }, [cy, pins, graph, layout]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
    mergeParallelEdges(cy);
    applyLabelDetail(cy, true);
    // Bring a selected node into view, close enough to read, when it is not already.
    const selected = selection?.kind === 'node' ? cy.getElementById(selection.id) : undefined;
    if (selected?.nonempty()) {
      const { x, y } = selected.position();
      const view = cy.extent();
      const inView = x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
      if (!inView || cy.zoom() < 0.6) {
        cy.zoom(Math.max(cy.zoom(), 1));
        centreOn(cy, { x, y });
        fitted.current = false;
        onCameraRef.current?.(null);
      }
    }
  }, [cy, selection, graph, layout]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('dimmed highlighted');
      if (!highlight) return;
      cy.elements().forEach((element) => {
        const ids = element.isNode() ? highlight.nodes : highlight.edges;
        element.addClass(ids.has(element.id()) ? 'highlighted' : 'dimmed');
      });
    });
    mergeParallelEdges(cy);
    applyLabelDetail(cy, true);
    if (highlight && highlight.nodes.size > 0) {
      fitCamera(cy, cy.elements('.highlighted'), 60);
      fitted.current = true;
      onCameraRef.current?.(null);
    }
  }, [cy, highlight, graph, layout]);

  // Last of the effects that move the camera: a camera from a shared link wins over them,
  // once (the force layout applies it when it stops instead).
  useEffect(() => {
    // A link with chains waits for them, so that their fit does not undo the link's camera.
    if (cy && layout !== 'force' && !(awaitHighlight && !highlight)) settleCamera(cy);
  }, [cy, graph, layout, highlight, selection, awaitHighlight]);

  /** Applies the camera a shared link asked for, if it has not been applied yet. */
  function settleCamera(instance: Core) {
    const camera = pendingCamera.current;
    if (!camera || instance.nodes().empty()) return;
    pendingCamera.current = null;
    applyCamera(instance, camera);
    fitted.current = false;
    onCameraRef.current?.(camera);
  }

  /** Arrow keys move the selection to the nearest node that way; Enter reads it. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (!cy || cy.nodes().empty()) return;
    if (event.key === 'Enter' && selection) {
      event.preventDefault();
      onActivate();
      if (selection.kind === 'node') onOpen?.(selection.id);
      return;
    }
    if (!isArrowKey(event.key)) return;
    event.preventDefault();
    // A group's box is opened by a click, not reached by the arrows (reaching it would open it).
    const nodes = cy
      .nodes()
      .map((node) => ({ id: node.id(), position: node.position() }))
      .filter((node) => !isGroupId(node.id));
    const selectedId = selection?.kind === 'node' ? selection.id : undefined;
    const next = nodeForArrowKey(event.key, selectedId, nodes);
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
