import type { Selection, Trace } from '../app/view-store';

/** What a command can see and do. */
export interface CommandContext {
  readonly selection: Selection;
  readonly trace: Trace;
  traceFrom(nodeId: string, direction: 'up' | 'down'): void;
  clearTrace(): void;
  focusSearch(): void;
}

/** A user command, defined once and used by the toolbar and the keyboard shortcuts alike. */
export interface Command {
  readonly id: string;
  readonly label: string;
  /** `KeyboardEvent.key` that runs it, when nothing editable has focus. */
  readonly key: string;
  readonly enabled: (context: CommandContext) => boolean;
  readonly run: (context: CommandContext) => void;
}

const selectedNode = (context: CommandContext) =>
  context.selection?.kind === 'node' ? context.selection.id : undefined;

export const commands: readonly Command[] = [
  {
    id: 'trace-up',
    label: 'Trace up',
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
    key: 'Escape',
    enabled: (context) => context.trace !== null,
    run: (context) => context.clearTrace(),
  },
  {
    id: 'focus-search',
    label: 'Search',
    key: '/',
    enabled: () => true,
    run: (context) => context.focusSearch(),
  },
];

/** The command a key runs, if any. */
export const commandForKey = (key: string): Command | undefined =>
  commands.find((c) => c.key === key);
