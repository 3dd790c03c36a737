import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { commandsIn, type CommandContext } from '../actions/commands';
import { FigureSize } from '../export/figure-size';
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
  /** The size figures are exported at. */
  readonly size: FigureSize;
  readonly onSize: (size: FigureSize) => void;
}

/** The heading each kind of export stands under, by the first command of the kind. */
const SECTIONS: Readonly<Record<string, string>> = {
  'export-png-1': 'export.sections.figure',
  'export-json': 'export.sections.data',
  'export-graphml': 'export.sections.tools',
  'export-csl-json': 'export.sections.references',
  'export-link': 'export.sections.share',
};

/**
 * A menu of the export commands, under headings (figure, data, for other tools, references,
 * share), with the figure's size, that stays open while it works,
 * with a live line in it reporting the result (its size, or why the scale was lowered).
 */
export const ExportMenu = ({ context, status, figureChoice, size, onSize }: ExportMenuProps) => {
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
      <label className="export-size">
        <span>{t('export.size')}</span>
        <select
          value={size}
          onChange={(event) => {
            const chosen = FigureSize.find((option) => option === event.target.value);
            if (chosen) onSize(chosen);
          }}
        >
          {FigureSize.map((option) => (
            <option key={option} value={option}>
              {t(`export.sizes.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {commandsIn('export').map((command) => {
        const section = SECTIONS[command.id];
        return (
          <Fragment key={command.id}>
            {section && <p className="export-section">{t(section)}</p>}
            <CommandButton command={command} context={context} />
          </Fragment>
        );
      })}
      <p className="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </MenuButton>
  );
};
