import { useTranslation } from 'react-i18next';
import './StrengthKey.css';

const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;

/**
 * How a line shows the strength of its claim: solid, dashed or dotted by basis, a hollow
 * arrowhead for "may". Used by the legend and the About dialog.
 */
export const StrengthKey = ({ labelledBy }: { readonly labelledBy: string }) => {
  const { t } = useTranslation();
  return (
    <ul className="strength-key" aria-labelledby={labelledBy}>
      {LINE_STYLES.map((style) => (
        <li key={style} data-line={style}>
          <span className={`line line-strength line-${style}`} aria-hidden />
          {t(`legend.lines.${style}`)}
        </li>
      ))}
      <li data-line="may">
        <span className="line line-strength line-may" aria-hidden />
        {t('legend.may')}
      </li>
    </ul>
  );
};
