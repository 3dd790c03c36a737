import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandsIn, type Command, type CommandContext } from '../actions/commands';
import { CommandButton } from './CommandButton';
import { MenuButton } from './MenuButton';
import { useFittingCount } from './use-fitting-count';
import './Toolbar.css';

const GROUPS = ['trace', 'focus', 'view', 'help'] as const satisfies readonly Command['group'][];
type Group = (typeof GROUPS)[number];

/** Every command of the bar, in order, with its group. */
const ITEMS = GROUPS.flatMap((group) => commandsIn(group).map((command) => ({ group, command })));

/**
 * Left and right arrows move between the bar's usable buttons, as in any toolbar; inside the
 * open More menu, the menu's own keys apply.
 */
const moveWithArrows = (event: KeyboardEvent<HTMLDivElement>) => {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (!step) return;
  if (event.target instanceof Element && event.target.closest('.menu-panel')) return;
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  ].filter((button) => button.checkVisibility() && !button.closest('.menu-panel'));
  const index = buttons.findIndex((button) => button === document.activeElement);
  const next = buttons[(index + step + buttons.length) % buttons.length];
  if (next) {
    event.preventDefault();
    next.focus();
  }
};

interface GroupsProps {
  readonly items: readonly { readonly group: Group; readonly command: Command }[];
  readonly context: CommandContext;
}

/** The items as labelled groups of command buttons, in the bar's order. */
const CommandGroups = ({ items, context }: GroupsProps) => {
  const { t } = useTranslation();
  return GROUPS.map((group) => {
    const commands = items.filter((item) => item.group === group);
    if (commands.length === 0) return null;
    return (
      <div
        key={group}
        className={`toolbar-group toolbar-${group}`}
        role="group"
        aria-label={t(`toolbar.groups.${group}`)}
      >
        {commands.map(({ command }) => (
          <CommandButton key={command.id} command={command} context={context} />
        ))}
      </div>
    );
  });
};

/**
 * The trace, focus, view and help commands as one row of labelled groups. Whatever the
 * width and the font, the row never wraps: the commands that do not fit move, in order,
 * into a "More" menu at its end.
 */
export const Toolbar = ({ context }: { readonly context: CommandContext }) => {
  const { t } = useTranslation();
  const rowRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const shown = useFittingCount(rowRef, measureRef, ITEMS.length);
  const overflow = ITEMS.slice(shown);
  return (
    <div className="toolbar-frame">
      <div
        ref={rowRef}
        className="toolbar"
        role="toolbar"
        aria-label={t('toolbar.label')}
        onKeyDown={moveWithArrows}
      >
        <CommandGroups items={ITEMS.slice(0, shown)} context={context} />
        {overflow.length > 0 && (
          <MenuButton label={t('toolbar.more')} className="toolbar-more">
            <CommandGroups items={overflow} context={context} />
          </MenuButton>
        )}
      </div>
      {/* Every command in one unbroken row, unseen, to measure what fits. */}
      <div className="toolbar-measure-box" aria-hidden inert>
        <div ref={measureRef} className="toolbar toolbar-measure">
          {GROUPS.map((group) => (
            <div key={group} className={`toolbar-group toolbar-${group}`}>
              {commandsIn(group).map((command) => (
                <span key={command.id} className="button" data-item>
                  {t(`commands.${command.id}` as 'commands.undo')}
                </span>
              ))}
            </div>
          ))}
          <span className="button" data-more>
            {t('toolbar.more')}
          </span>
        </div>
      </div>
    </div>
  );
};
