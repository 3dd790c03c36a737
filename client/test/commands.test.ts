import { describe, expect, it, vi } from 'vitest';
import { commandForKey, commands, commandsIn, type CommandContext } from '../src/actions/commands';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';

const context = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  selection: null,
  trace: null,
  paths: null,
  focus: null,
  hasGraph: true,
  canUndo: false,
  canRedo: false,
  canExpand: false,
  canCollapse: false,
  filtersOpen: false,
  edgeLabels: false,
  forceLayout: false,
  outline: false,
  traceFrom: vi.fn(),
  startPaths: vi.fn(),
  clearTrace: vi.fn(),
  focusOn: vi.fn(),
  expand: vi.fn(),
  collapse: vi.fn(),
  showAll: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  focusSearch: vi.fn(),
  toggleFilters: vi.fn(),
  toggleEdgeLabels: vi.fn(),
  toggleLayout: vi.fn(),
  toggleOutline: vi.fn(),
  showShortcuts: vi.fn(),
  showAbout: vi.fn(),
  zoomBy: vi.fn(),
  fitView: vi.fn(),
  exportAs: vi.fn(),
  ...overrides,
});

describe('the command registry', () => {
  it('names every command in both languages and gives each key to one command', () => {
    for (const command of commands) {
      expect(en.commands, command.id).toHaveProperty(command.id);
      expect(zh.commands, command.id).toHaveProperty(command.id);
    }
    const keys = commands.flatMap((c) => (c.key ? [c.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('offers node commands only with a node selected, and runs them on it', () => {
    const none = context();
    const selected = context({
      selection: { kind: 'node', id: 'cppcc' },
      canExpand: true,
      canCollapse: true,
    });
    for (const id of ['trace-up', 'trace-down', 'find-paths', 'focus-node', 'expand', 'collapse']) {
      const command = commands.find((c) => c.id === id);
      expect(command?.enabled(none), id).toBe(false);
      expect(command?.enabled(selected), id).toBe(true);
    }
    commandForKey('u')?.run(selected);
    expect(selected.traceFrom).toHaveBeenCalledWith('cppcc', 'up');
    commandForKey('e')?.run(selected);
    expect(selected.expand).toHaveBeenCalledWith('cppcc');
    // Nothing to expand when every neighbour is already shown, nothing to collapse when no
    // neighbour hangs from the node alone.
    expect(commandForKey('e')?.enabled({ ...selected, canExpand: false })).toBe(false);
    expect(commandForKey('c')?.enabled({ ...selected, canCollapse: false })).toBe(false);
  });

  it('enables undo, redo, show all and clear only when there is something to undo, redo, show or clear', () => {
    expect(commandForKey('z')?.enabled(context())).toBe(false);
    expect(commandForKey('z')?.enabled(context({ canUndo: true }))).toBe(true);
    expect(commandForKey('Z')?.enabled(context())).toBe(false);
    expect(commandForKey('Z')?.enabled(context({ canRedo: true }))).toBe(true);
    expect(commandForKey('a')?.enabled(context({ focus: ['x'] }))).toBe(true);
    expect(
      commandForKey('Escape')?.enabled(
        context({ paths: { from: 'a', to: null, direction: 'any' } }),
      ),
    ).toBe(true);
  });

  it('reports toggles as pressed', () => {
    expect(commandForKey('g')?.pressed?.(context({ forceLayout: true }))).toBe(true);
    expect(commandForKey('l')?.pressed?.(context())).toBe(false);
  });

  it('exports each format by its own command, and only with a graph on screen', () => {
    const ctx = context();
    const exports = commandsIn('export');
    for (const command of exports) command.run(ctx);
    const formats = vi.mocked(ctx.exportAs).mock.calls.map(([format]) => format);
    expect(new Set(formats).size).toBe(exports.length);
    expect(formats).toEqual(expect.arrayContaining(['png-2', 'svg', 'json', 'csv', 'link']));
    expect(exports.some((command) => command.enabled(context({ hasGraph: false })))).toBe(false);
  });
});
