import { useTranslation } from 'react-i18next';
import { BasisScope } from '@pag/graph-seed';
import { ChoiceGroup } from './ChoiceGroup';

interface BasisScopePickerProps {
  readonly value: BasisScope;
  readonly onChange: (scope: BasisScope) => void;
}

/** What every hop of a chain must rest on: any basis, documents, or provisions alone. */
export const BasisScopePicker = ({ value, onChange }: BasisScopePickerProps) => {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      legend={t('claim.scope')}
      options={BasisScope.options}
      label={(scope) => t(`claim.scopes.${scope}`)}
      value={value}
      onChange={onChange}
    />
  );
};
