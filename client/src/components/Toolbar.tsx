import { useTranslation } from 'react-i18next';
import { commandsIn, type Command, type CommandContext } from '../actions/commands';
import { CommandButton } from './CommandButton';

const GROUPS: readonly Command['group'][] = ['trace', 'focus', 'view', 'help'];

/** The trace, focus, view and help commands as a bar of grouped buttons. */
export const Toolbar = ({ context }: { readonly context: CommandContext }) => {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {GROUPS.map((group) => (
        <div key={group} className={`toolbar-group toolbar-${group}`} role="group">
          {commandsIn(group).map((command) => (
            <CommandButton key={command.id} command={command} context={context} />
          ))}
        </div>
      ))}
    </div>
  );
};
