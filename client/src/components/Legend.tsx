import { useTranslation } from 'react-i18next';
import { NodeKind } from '@pag/graph-seed';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { kindName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import { StrengthKey } from './StrengthKey';
import './Legend.css';

/**
 * Explains node colours, the two kinds of line, and how a line shows the strength of its
 * claim: solid, dashed or dotted by basis, a hollow arrowhead for "may".
 */
export const Legend = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <aside className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {NodeKind.options.map((kind) => (
          <li key={kind}>
            <span
              className={`swatch swatch-${nodeKindStyles[kind].shape}`}
              style={{ background: nodeKindStyles[kind].color }}
              aria-hidden
            />
            {kindName(kind, language)}
          </li>
        ))}
        <li>
          <span className="line line-authority" aria-hidden />
          {t('legend.authority')}
        </li>
        <li>
          <span className="line line-other" aria-hidden />
          {t('legend.other')}
        </li>
      </ul>
      <h3 id="legend-strength">{t('legend.strength')}</h3>
      <StrengthKey labelledBy="legend-strength" />
    </aside>
  );
};
