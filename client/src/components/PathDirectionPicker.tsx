import { useTranslation } from 'react-i18next';
import { PathDirection } from '@pag/graph-seed';
import { ChoiceGroup } from './ChoiceGroup';

interface PathDirectionPickerProps {
  readonly value: PathDirection;
  readonly onChange: (direction: PathDirection) => void;
}

/** Which relationships a path may follow: any, or the lines of authority one way. */
export const PathDirectionPicker = ({ value, onChange }: PathDirectionPickerProps) => {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      legend={t('paths.along')}
      options={PathDirection.options}
      label={(direction) => t(`paths.directions.${direction}`)}
      value={value}
      onChange={onChange}
    />
  );
};
