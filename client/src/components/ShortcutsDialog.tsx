import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { commands, keyName } from '../actions/commands';
import './ShortcutsDialog.css';

/** Every keyboard shortcut, listed from the command registry. */
export const ShortcutsDialog = ({ onClose }: { readonly onClose: () => void }) => {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <header>
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <button
          type="button"
          className="button"
          onClick={() => dialogRef.current?.close()}
          autoFocus
        >
          {t('shortcuts.close')}
        </button>
      </header>
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
    </dialog>
  );
};
