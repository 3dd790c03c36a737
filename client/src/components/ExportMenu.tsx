import { useTranslation } from 'react-i18next';
import { commandsIn, type CommandContext } from '../actions/commands';
import { CommandButton } from './CommandButton';
import { MenuButton } from './MenuButton';
import './ExportMenu.css';

interface ExportMenuProps {
  readonly context: CommandContext;
  /** What the last export did, e.g. its size, or why the scale was reduced. */
  readonly status: string;
  /** While chains are traced: whether figures show them alone, and how to change it. */
  readonly figureChoice?: {
    readonly onlyChains: boolean;
    readonly onChange: (on: boolean) => void;
  };
}

/**
 * A menu of the export commands that stays open while it works, with a live line in it
 * reporting the result (its size, or why the scale was lowered).
 */
export const ExportMenu = ({ context, status, figureChoice }: ExportMenuProps) => {
  const { t } = useTranslation();
  return (
    <MenuButton label={t('toolbar.export')} className="export-menu" closeOnCommand={false}>
      {figureChoice && (
        <label className="export-choice">
          <input
            type="checkbox"
            checked={figureChoice.onlyChains}
            onChange={(event) => figureChoice.onChange(event.target.checked)}
          />
          {t('export.onlyChains')}
        </label>
      )}
      {commandsIn('export').map((command) => (
        <CommandButton key={command.id} command={command} context={context} />
      ))}
      <p className="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </MenuButton>
  );
};
