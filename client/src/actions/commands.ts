import type { Selection, Trace } from '../app/view-store';

export type ExportFormat = 'png-1' | 'png-2' | 'png-4' | 'json' | 'csv';

/** What a command can see and do. */
export interface CommandContext {
  readonly selection: Selection;
  readonly trace: Trace;
  /** Whether there is a graph on screen to export. */
  readonly hasGraph: boolean;
  traceFrom(nodeId: string, direction: 'up' | 'down'): void;
  clearTrace(): void;
  focusSearch(): void;
  exportAs(format: ExportFormat): void;
}

/** A user command, defined once and used by the toolbar and the keyboard shortcuts alike. */
export interface Command {
  readonly id: string;
  readonly label: string;
  /** Where the command is offered: the toolbar's trace group or the export menu. */
  readonly group: 'trace' | 'export' | 'search';
  /** `KeyboardEvent.key` that runs it, when nothing editable has focus. */
  readonly key?: string;
  readonly enabled: (context: CommandContext) => boolean;
  readonly run: (context: CommandContext) => void;
}

const selectedNode = (context: CommandContext) =>
  context.selection?.kind === 'node' ? context.selection.id : undefined;

export const commands: readonly Command[] = [
  {
    id: 'trace-up',
    label: 'Trace up',
    group: 'trace',
    key: 'u',
    enabled: (context) => selectedNode(context) !== undefined,
    run: (context) => {
      const id = selectedNode(context);
      if (id) context.traceFrom(id, 'up');
    },
  },
  {
    id: 'trace-down',
    label: 'Trace down',
    group: 'trace',
    key: 'd',
    enabled: (context) => selectedNode(context) !== undefined,
    run: (context) => {
      const id = selectedNode(context);
      if (id) context.traceFrom(id, 'down');
    },
  },
  {
    id: 'clear-trace',
    label: 'Clear trace',
    group: 'trace',
    key: 'Escape',
    enabled: (context) => context.trace !== null,
    run: (context) => context.clearTrace(),
  },
  {
    id: 'focus-search',
    label: 'Search',
    group: 'search',
    key: '/',
    enabled: () => true,
    run: (context) => context.focusSearch(),
  },
  ...(
    [
      ['png-1', 'PNG 1×'],
      ['png-2', 'PNG 2×'],
      ['png-4', 'PNG 4×'],
      ['json', 'Data (JSON)'],
      ['csv', 'Relationships (CSV)'],
    ] as const
  ).map(([format, label]): Command => ({
    id: `export-${format}`,
    label,
    group: 'export',
    enabled: (context) => context.hasGraph,
    run: (context) => context.exportAs(format),
  })),
];

/** The command a key runs, if any. */
export const commandForKey = (key: string): Command | undefined =>
  commands.find((c) => c.key === key);
