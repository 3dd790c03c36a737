import type { TraceDirection } from '@pag/graph-seed';
import type { PathQuery, Selection, Trace } from '../view/view-store';
import type { Focus } from '../graph/focus';
import { SNAPSHOT } from '../api/snapshot';

/** What the export menu makes: images, data, or a link to the view on the clipboard. */
/** Files of the view: figures, its data, the graph for other tools, its sources' references. */
export const EXPORT_FORMATS = [
  'png-1',
  'png-2',
  'png-4',
  'svg',
  'json',
  'csv',
  'graphml',
  'gexf',
  'csl-json',
  'ris',
  'bibtex',
  'link',
  'embed',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a command can see and do. */
export interface CommandContext {
  readonly selection: Selection;
  readonly trace: Trace;
  readonly paths: PathQuery;
  readonly focus: Focus;
  /** Whether there is a graph on screen to export. */
  readonly hasGraph: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Whether collapsing the selected node would take any neighbour away. */
  readonly canCollapse: boolean;
  /** Whether the focus leaves out any neighbour of the selected node. */
  readonly canExpand: boolean;
  readonly filtersOpen: boolean;
  readonly edgeLabels: boolean;
  readonly forceLayout: boolean;
  readonly outline: boolean;
  readonly traceFrom: (nodeId: string, direction: TraceDirection) => void;
  readonly startPaths: (nodeId: string) => void;
  readonly clearTrace: () => void;
  readonly focusOn: (nodeId: string) => void;
  readonly expand: (nodeId: string) => void;
  readonly collapse: (nodeId: string) => void;
  readonly showAll: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly focusSearch: () => void;
  readonly toggleFilters: () => void;
  readonly toggleEdgeLabels: () => void;
  readonly toggleLayout: () => void;
  readonly toggleOutline: () => void;
  readonly showShortcuts: () => void;
  readonly showAbout: () => void;
  /** Zooms the graph view in (factor > 1) or out (< 1), about its centre. */
  readonly zoomBy: (factor: number) => void;
  /** Fits the whole graph (or the traced chains) into view. */
  readonly fitView: () => void;
  readonly exportAs: (format: ExportFormat) => void;
}

/**
 * A user command, defined once and used by the toolbar, the menus and the keyboard
 * shortcuts alike. Its label is the interface text `commands.<id>`.
 */
export interface Command {
  readonly id: string;
  /** Where the command is offered. */
  readonly group: 'trace' | 'focus' | 'view' | 'zoom' | 'export' | 'search' | 'help';
  /** `KeyboardEvent.key` that runs it, when nothing editable has focus. */
  readonly key?: string;
  readonly enabled: (context: CommandContext) => boolean;
  /** For commands that switch something on and off: whether it is on. */
  readonly pressed?: (context: CommandContext) => boolean;
  readonly run: (context: CommandContext) => void;
}

const selectedNode = (context: CommandContext) =>
  context.selection?.kind === 'node' ? context.selection.id : undefined;

/** A command that acts on the selected node, enabled only while a node is selected. */
const onSelectedNode = (
  id: string,
  group: Command['group'],
  key: string,
  run: (context: CommandContext, nodeId: string) => void,
): Command => ({
  id,
  group,
  key,
  enabled: (context) => selectedNode(context) !== undefined,
  run: (context) => {
    const nodeId = selectedNode(context);
    if (nodeId) run(context, nodeId);
  },
});

/** A command on the graph on screen, enabled whenever there is one. */
const onGraph = (
  id: string,
  group: Command['group'],
  key: string | undefined,
  run: (context: CommandContext) => void,
): Command => ({ id, group, ...(key ? { key } : {}), enabled: (c) => c.hasGraph, run });

/** A command that switches part of the view on and off. */
const toggle = (
  id: string,
  key: string,
  pressed: (context: CommandContext) => boolean,
  run: (context: CommandContext) => void,
): Command => ({ id, group: 'view', key, enabled: () => true, pressed, run });

const ALL_COMMANDS: readonly Command[] = [
  onSelectedNode('trace-up', 'trace', 'u', (context, id) => context.traceFrom(id, 'up')),
  onSelectedNode('trace-down', 'trace', 'd', (context, id) => context.traceFrom(id, 'down')),
  onSelectedNode('find-paths', 'trace', 'p', (context, id) => context.startPaths(id)),
  {
    id: 'clear-trace',
    group: 'trace',
    key: 'Escape',
    enabled: (context) => context.trace !== null || context.paths !== null,
    run: (context) => context.clearTrace(),
  },
  onSelectedNode('focus-node', 'focus', 'n', (context, id) => context.focusOn(id)),
  {
    ...onSelectedNode('expand', 'focus', 'e', (context, id) => context.expand(id)),
    enabled: (context) => selectedNode(context) !== undefined && context.canExpand,
  },
  {
    ...onSelectedNode('collapse', 'focus', 'c', (context, id) => context.collapse(id)),
    enabled: (context) => selectedNode(context) !== undefined && context.canCollapse,
  },
  {
    id: 'show-all',
    group: 'focus',
    key: 'a',
    enabled: (context) => context.focus !== null,
    run: (context) => context.showAll(),
  },
  {
    id: 'undo',
    group: 'focus',
    key: 'z',
    enabled: (context) => context.canUndo,
    run: (context) => context.undo(),
  },
  {
    id: 'redo',
    group: 'focus',
    key: 'Z',
    enabled: (context) => context.canRedo,
    run: (context) => context.redo(),
  },
  toggle(
    'toggle-filters',
    'f',
    (c) => c.filtersOpen,
    (c) => c.toggleFilters(),
  ),
  toggle(
    'toggle-edge-labels',
    'l',
    (c) => c.edgeLabels,
    (c) => c.toggleEdgeLabels(),
  ),
  toggle(
    'toggle-layout',
    'g',
    (c) => c.forceLayout,
    (c) => c.toggleLayout(),
  ),
  toggle(
    'toggle-outline',
    'o',
    (c) => c.outline,
    (c) => c.toggleOutline(),
  ),
  onGraph('zoom-in', 'zoom', '+', (context) => context.zoomBy(1.25)),
  onGraph('zoom-out', 'zoom', '-', (context) => context.zoomBy(0.8)),
  onGraph('fit-view', 'zoom', '0', (context) => context.fitView()),
  {
    id: 'focus-search',
    group: 'search',
    key: '/',
    enabled: () => true,
    run: (context) => context.focusSearch(),
  },
  {
    id: 'show-shortcuts',
    group: 'help',
    key: '?',
    enabled: () => true,
    run: (context) => context.showShortcuts(),
  },
  {
    id: 'show-about',
    group: 'help',
    key: 'i',
    enabled: () => true,
    run: (context) => context.showAbout(),
  },
  ...EXPORT_FORMATS.map((format) =>
    onGraph(`export-${format}`, 'export', undefined, (context) => context.exportAs(format)),
  ),
];

/** Commands a static site cannot answer: it holds the whole graph's answers, not every query. */
const NEED_SERVER = new Set(['find-paths', 'toggle-filters']);

/** Every command this explorer offers. */
export const commands: readonly Command[] = SNAPSHOT
  ? ALL_COMMANDS.filter((command) => !NEED_SERVER.has(command.id))
  : ALL_COMMANDS;

/** The command a key runs, if any. */
export const commandForKey = (key: string): Command | undefined =>
  commands.find((c) => c.key === key);

/** Commands of one group, in the order they are defined. */
export const commandsIn = (group: Command['group']): Command[] =>
  commands.filter((c) => c.group === group);

/** How a key is written for people: "Esc" rather than "Escape". */
export const keyName = (key: string): string =>
  key === 'Escape' ? 'Esc' : /^[A-Z]$/.test(key) ? `Shift+${key}` : key;
