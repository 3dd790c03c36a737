import { useTranslation } from 'react-i18next';
import type { GraphMeta } from '@pag/graph-seed';
import { rangeBounds, rangeIndexes, timelineMonths } from '../graph/timeline';
import { nodeName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';

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
            className={`timeline-mark${inRange(document.date) || (!from && !to) ? ' in-range' : ''}`}
            style={{ left: `${at(document.date ?? '')}%` }}
            title={`${document.date} · ${nodeName(document, language)}`}
          />
        ))}
      </div>
      <div className="timeline-ends">
        <span>{months[0]}</span>
        <span>{months[last]}</span>
      </div>
      <label className="field">
        <span>
          {t('filters.from')} <output aria-hidden>{months[fromIndex]}</output>
        </span>
        <input
          type="range"
          min={0}
          max={last}
          value={fromIndex}
          aria-label={t('filters.from')}
          aria-valuetext={months[fromIndex]}
          onChange={(event) =>
            onChange(rangeBounds(months, Math.min(Number(event.target.value), toIndex), toIndex))
          }
        />
      </label>
      <label className="field">
        <span>
          {t('filters.to')} <output aria-hidden>{months[toIndex]}</output>
        </span>
        <input
          type="range"
          min={0}
          max={last}
          value={toIndex}
          aria-label={t('filters.to')}
          aria-valuetext={months[toIndex]}
          onChange={(event) =>
            onChange(
              rangeBounds(months, fromIndex, Math.max(Number(event.target.value), fromIndex)),
            )
          }
        />
      </label>
      {(from || to) && <p className="note">{t('filters.undatedHidden')}</p>}
    </fieldset>
  );
};
