import { useTranslation } from 'react-i18next';
import type { Basis, Modality } from '@pag/graph-seed';
import { basisLineStyles } from '../theme/claim-styles';
import { basisName, modalityName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import './ClaimStrength.css';

interface ClaimStrengthProps {
  readonly basis: Basis;
  readonly modality: Modality;
  /** The editors' word on a modality that differs from the quotes' wording. */
  readonly modalityNote?: string | null;
}

/**
 * How strongly a relationship's source supports it, in words ("Rests on the document's own
 * provision, worded as a permission (may).") beside a sample of the line the canvas draws.
 */
export const ClaimStrength = ({ basis, modality, modalityNote }: ClaimStrengthProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <p className={`claim claim-${modality}`} data-basis={basis} data-modality={modality}>
      <span className={`claim-line claim-line-${basisLineStyles[basis]}`} aria-hidden />
      <span>
        {t('claim.summary', {
          basis: basisName(basis, language),
          modality: modalityName(modality, language),
        })}
        {modalityNote && (
          <span className="claim-note"> {t('claim.note', { note: modalityNote })}</span>
        )}
      </span>
    </p>
  );
};
