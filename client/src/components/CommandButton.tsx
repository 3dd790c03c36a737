import type { Command, CommandContext } from '../actions/commands';

/** A button that runs a command, enabled as the current view allows, naming its shortcut. */
export const CommandButton = ({
  command,
  context,
}: {
  readonly command: Command;
  readonly context: CommandContext;
}) => (
  <button
    type="button"
    disabled={!command.enabled(context)}
    onClick={() => command.run(context)}
    aria-keyshortcuts={command.key}
    title={
      command.key
        ? `${command.label} (${command.key === 'Escape' ? 'Esc' : command.key})`
        : command.label
    }
  >
    {command.label}
  </button>
);
