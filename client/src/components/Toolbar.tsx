import { commands, type CommandContext } from '../actions/commands';
import { CommandButton } from './CommandButton';

/** The trace commands as buttons. */
export const Toolbar = ({ context }: { readonly context: CommandContext }) => (
  <div className="toolbar" role="toolbar" aria-label="Commands">
    {commands
      .filter((command) => command.group === 'trace')
      .map((command) => (
        <CommandButton key={command.id} command={command} context={context} />
      ))}
  </div>
);
