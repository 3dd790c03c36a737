import { useTranslation } from 'react-i18next';
import { keyName, type Command, type CommandContext } from '../actions/commands';

/** A button that runs a command, enabled as the current view allows, naming its shortcut. */
export const CommandButton = ({
  command,
  context,
}: {
  readonly command: Command;
  readonly context: CommandContext;
}) => {
  const { t } = useTranslation();
  const label = t(`commands.${command.id}` as 'commands.undo');
  return (
    <button
      type="button"
      className="button"
      disabled={!command.enabled(context)}
      onClick={() => command.run(context)}
      aria-keyshortcuts={command.key}
      aria-pressed={command.pressed?.(context)}
      title={command.key ? `${label} (${keyName(command.key)})` : label}
    >
      {label}
    </button>
  );
};
