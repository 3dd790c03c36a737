import { useTranslation } from 'react-i18next';
import type { GraphMeta } from '@pag/graph-seed';
import { rangeBounds, rangeIndexes, timelineMonths } from '../graph/timeline';
import { nodeName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import './Timeline.css';

interface TimelineProps {
  readonly documents: GraphMeta['documents'];
  readonly from: string | null;
  readonly to: string | null;
  readonly onChange: (range: { from: string | null; to: string | null }) => void;
}

/**
 * A month-by-month timeline of the documents, each a mark at its date, with two sliders
 * (keyboard operable) that keep only the documents dated between them.
 */
export const Timeline = ({ documents, from, to, onChange }: TimelineProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const months = timelineMonths(documents);
  if (months.length < 2) return null;
  const last = months.length - 1;
  const [fromIndex, toIndex] = rangeIndexes(months, from, to);
  const at = (date: string) => {
    const month = date.length === 4 ? `${date}-01` : date.slice(0, 7);
    return (Math.max(0, months.indexOf(month)) / last) * 100;
  };
  const inRange = (date: string | null) =>
    date !== null && (!from || date >= from) && (!to || date.slice(0, to.length) <= to);
  const dated = documents.filter((d) => d.date !== null);

  return (
    <fieldset className="timeline">
      <legend>{t('filters.timeline')}</legend>
      <div className="timeline-track" aria-hidden>
        <div
          className="timeline-range"
          style={{
            left: `${(fromIndex / last) * 100}%`,
            right: `${100 - (toIndex / last) * 100}%`,
          }}
        />
        {dated.map((document) => (
          <span
            key={document.id}
            className={`timeline-mark${inRange(document.date) ? ' in-range' : ''}`}
            style={{ left: `${at(document.date ?? '')}%` }}
            title={`${document.date} · ${nodeName(document, language)}`}
          />
        ))}
      </div>
      <div className="timeline-ends">
        <span>{months[0]}</span>
        <span>{months[last]}</span>
      </div>
      <MonthSlider
        label={t('filters.from')}
        months={months}
        index={fromIndex}
        onMove={(index) => onChange(rangeBounds(months, Math.min(index, toIndex), toIndex))}
      />
      <MonthSlider
        label={t('filters.to')}
        months={months}
        index={toIndex}
        onMove={(index) => onChange(rangeBounds(months, fromIndex, Math.max(index, fromIndex)))}
      />
      {(from || to) && <p className="note">{t('filters.undatedHidden')}</p>}
    </fieldset>
  );
};

interface MonthSliderProps {
  readonly label: string;
  readonly months: readonly string[];
  readonly index: number;
  readonly onMove: (index: number) => void;
}

/** One end of the timeline's range: a slider over the months, read out as YYYY-MM. */
const MonthSlider = ({ label, months, index, onMove }: MonthSliderProps) => (
  <label className="field">
    <span>
      {label} <output aria-hidden>{months[index]}</output>
    </span>
    <input
      type="range"
      min={0}
      max={months.length - 1}
      value={index}
      aria-label={label}
      aria-valuetext={months[index]}
      onChange={(event) => onMove(Number(event.target.value))}
    />
  </label>
);
