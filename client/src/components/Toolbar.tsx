import { commands, type CommandContext } from '../actions/commands';

/** Buttons for the commands, enabled as the current view allows. */
export const Toolbar = ({ context }: { readonly context: CommandContext }) => (
  <div className="toolbar" role="toolbar" aria-label="Commands">
    {commands
      .filter((command) => command.group === 'trace')
      .map((command) => (
        <button
          key={command.id}
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
      ))}
  </div>
);
