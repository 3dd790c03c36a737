import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PathDirection } from '@pag/graph-seed';
import './PathDirectionPicker.css';

interface PathDirectionPickerProps {
  readonly value: PathDirection;
  readonly onChange: (direction: PathDirection) => void;
}

/** Which relationships a path may follow: any, or the lines of authority one way. */
export const PathDirectionPicker = ({ value, onChange }: PathDirectionPickerProps) => {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="path-direction">
      <legend>{t('paths.along')}</legend>
      {PathDirection.options.map((direction) => (
        <label key={direction} className="check">
          <input
            type="radio"
            name={name}
            value={direction}
            checked={value === direction}
            onChange={() => onChange(direction)}
          />
          {t(`paths.directions.${direction}`)}
        </label>
      ))}
    </fieldset>
  );
};
