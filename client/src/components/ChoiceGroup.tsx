import { useId } from 'react';
import './ChoiceGroup.css';

interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  readonly options: readonly T[];
  readonly label: (option: T) => string;
  readonly value: T;
  readonly onChange: (option: T) => void;
}

/** One of a few options, as a group of radio buttons under a small heading. */
export const ChoiceGroup = <T extends string>({
  legend,
  options,
  label,
  value,
  onChange,
}: ChoiceGroupProps<T>) => {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
};
