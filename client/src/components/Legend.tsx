import { useTranslation } from 'react-i18next';
import { NodeKind } from '@pag/graph-seed';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { shapePath } from '../theme/shape-paths';
import { kindName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import { StrengthKey } from './StrengthKey';
import './Legend.css';

/**
 * Explains node colours and shapes, the two kinds of line, and how a line shows the strength of its
 * claim: solid, dashed or dotted by basis, a hollow arrowhead for "may"; and, when the view
 * has them, the overview's groups.
 */
export const Legend = ({ groups = false }: { readonly groups?: boolean }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <aside className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {NodeKind.options.map((kind) => (
          <li key={kind}>
            <svg className="swatch" viewBox="0 0 14 14" aria-hidden>
              <path
                d={shapePath(nodeKindStyles[kind].shape, 7, 7, 12)}
                fill={nodeKindStyles[kind].color}
              />
            </svg>
            {kindName(kind, language)}
          </li>
        ))}
        <li>
          <span className="line line-authority" aria-hidden />
          {t('legend.authority')}
        </li>
        <li>
          <span className="line line-provenance" aria-hidden />
          {t('legend.provenance')}
        </li>
        <li>
          <span className="line line-other" aria-hidden />
          {t('legend.other')}
        </li>
        <li>
          <span className="legend-count" aria-hidden>
            ×2
          </span>
          {t('legend.merged')}
        </li>
        {groups && (
          <li>
            <span className="legend-group" aria-hidden>
              <span className="legend-group-band" />
              <span className="legend-group-box" />
            </span>
            {t('legend.group')}
          </li>
        )}
      </ul>
      <h3 id="legend-strength">{t('legend.strength')}</h3>
      <StrengthKey labelledBy="legend-strength" />
    </aside>
  );
};
