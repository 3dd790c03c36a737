import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandsIn, type Command, type CommandContext } from '../actions/commands';
import { CommandButton } from './CommandButton';

const GROUPS = ['trace', 'focus', 'view', 'help'] as const satisfies readonly Command['group'][];

/** Left and right arrows move between the toolbar's enabled buttons, as in any toolbar. */
const moveWithArrows = (event: KeyboardEvent<HTMLDivElement>) => {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (!step) return;
  const buttons = [...event.currentTarget.querySelectorAll('button:not(:disabled)')];
  const index = buttons.indexOf(document.activeElement as Element);
  const next = buttons[(index + step + buttons.length) % buttons.length];
  if (next instanceof HTMLElement) {
    event.preventDefault();
    next.focus();
  }
};

/** The trace, focus, view and help commands as a bar of labelled groups of buttons. */
export const Toolbar = ({ context }: { readonly context: CommandContext }) => {
  const { t } = useTranslation();
  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={moveWithArrows}
    >
      {GROUPS.map((group) => (
        <div
          key={group}
          className={`toolbar-group toolbar-${group}`}
          role="group"
          aria-label={t(`toolbar.groups.${group}`)}
        >
          {commandsIn(group).map((command) => (
            <CommandButton key={command.id} command={command} context={context} />
          ))}
        </div>
      ))}
    </div>
  );
};
