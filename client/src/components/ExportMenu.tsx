import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandsIn, type CommandContext } from '../actions/commands';
import { CommandButton } from './CommandButton';

interface ExportMenuProps {
  readonly context: CommandContext;
  /** What the last export did, e.g. its size, or why the scale was reduced. */
  readonly status: string;
}

/** A menu button offering the export commands, with a live line reporting the result. */
export const ExportMenu = ({ context, status }: ExportMenuProps) => {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const { t } = useTranslation();
  return (
    <div
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('toolbar.export')}
      </button>
      <div
        id={menuId}
        className="export-items"
        role="group"
        aria-label={t('toolbar.export')}
        hidden={!open}
      >
        {commandsIn('export').map((command) => (
          <CommandButton key={command.id} command={command} context={context} />
        ))}
        <p className="export-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </div>
  );
};
