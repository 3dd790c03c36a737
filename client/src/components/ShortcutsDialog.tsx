import { useTranslation } from 'react-i18next';
import { commands, keyName } from '../actions/commands';
import { ModalDialog } from './ModalDialog';
import './ShortcutsDialog.css';

/** Every keyboard shortcut, listed from the command registry. */
export const ShortcutsDialog = ({ onClose }: { readonly onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('shortcuts.title')} className="shortcuts" onClose={onClose}>
      <dl>
        {commands
          .filter((command) => command.key)
          .map((command) => (
            <div key={command.id}>
              <dt>
                <kbd>{keyName(command.key ?? '')}</kbd>
              </dt>
              <dd>{t(`commands.${command.id}` as 'commands.undo')}</dd>
            </div>
          ))}
        <div>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Z</kbd>
          </dt>
          <dd>{t('commands.undo')}</dd>
        </div>
        <div>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Y</kbd>
          </dt>
          <dd>{t('commands.redo')}</dd>
        </div>
        <div>
          <dt>
            <kbd>←</kbd> <kbd>↑</kbd> <kbd>→</kbd> <kbd>↓</kbd>
          </dt>
          <dd>{t('shortcuts.arrows')}</dd>
        </div>
        <div>
          <dt>
            <kbd>Enter</kbd>
          </dt>
          <dd>{t('shortcuts.enter')}</dd>
        </div>
      </dl>
    </ModalDialog>
  );
};
