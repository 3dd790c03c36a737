import { useTranslation } from 'react-i18next';
import { commandsIn, keyName, type CommandContext } from '../actions/commands';
import './ZoomControls.css';

const SYMBOLS: Record<string, string> = { 'zoom-in': '+', 'zoom-out': '−', 'fit-view': '⤢' };

/** Zoom in, zoom out and fit, floating over the canvas's corner as on a map. */
export const ZoomControls = ({ context }: { readonly context: CommandContext }) => {
  const { t } = useTranslation();
  return (
    <div className="zoom-controls" role="group" aria-label={t('toolbar.zoom')}>
      {commandsIn('zoom').map((command) => {
        const label = t(`commands.${command.id}` as 'commands.zoom-in');
        return (
          <button
            key={command.id}
            type="button"
            aria-label={label}
            title={`${label} (${keyName(command.key ?? '')})`}
            aria-keyshortcuts={command.key}
            disabled={!command.enabled(context)}
            onClick={() => command.run(context)}
          >
            {SYMBOLS[command.id]}
          </button>
        );
      })}
    </div>
  );
};
