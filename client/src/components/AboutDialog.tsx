import { useTranslation } from 'react-i18next';
import { SNAPSHOT } from '../api/snapshot';
import { isWebUrl, type GraphMeta } from '@pag/graph-seed';
import { citeSource } from '../export/citation';
import { ModalDialog } from './ModalDialog';
import { StrengthKey } from './StrengthKey';
import './AboutDialog.css';

interface AboutDialogProps {
  readonly meta: GraphMeta;
  readonly onClose: () => void;
}

/** The dated documents' first and last dates, and how many documents have none. */
const dateRange = (meta: GraphMeta) => {
  const dates = meta.documents.flatMap((d) => (d.date ? [d.date] : [])).sort();
  const undated = meta.documents.length - dates.length;
  return dates.length > 0 ? { first: dates[0], last: dates.at(-1), undated } : null;
};

/**
 * Where the data comes from, what it covers, which version it is and how to read it: what a
 * reader needs to judge the graph before citing it.
 */
export const AboutDialog = ({ meta, onClose }: AboutDialogProps) => {
  const { t } = useTranslation();
  const through = meta.counts.citedThrough;
  const range = dateRange(meta);
  return (
    <ModalDialog title={t('about.title')} className="about" onClose={onClose}>
      <section aria-labelledby="about-read-from">
        <h3 id="about-read-from">{t('about.readFromHeading')}</h3>
        <p>{t('about.readFrom', { count: meta.basedOn.length })}</p>
        <ul className="about-sources">
          {meta.basedOn.map((source) => (
            <li key={source.id}>
              <cite>{citeSource({ ...source, url: null })}</cite>
              {isWebUrl(source.url) && (
                <>
                  {' '}
                  <a href={source.url} target="_blank" rel="noreferrer">
                    {source.url}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
        {through > 0 && (
          <p>
            {t(meta.basedOn.length === 1 ? 'about.through' : 'about.throughThem', {
              count: through,
            })}
          </p>
        )}
      </section>
      <section aria-labelledby="about-scope">
        <h3 id="about-scope">{t('about.scopeHeading')}</h3>
        {range && (
          <p>
            {t('about.scope', {
              nodes: meta.counts.nodes,
              relationships: meta.counts.relationships,
              first: range.first,
              last: range.last,
            })}
            {range.undated > 0 && ` ${t('about.undated', { count: range.undated })}`}
          </p>
        )}
        <p>{t('about.absence')}</p>
      </section>
      {meta.dataVersion && (
        <section aria-labelledby="about-version">
          <h3 id="about-version">{t('about.versionHeading')}</h3>
          <p>
            {t('about.version', {
              version: meta.dataVersion,
              date: meta.loadedAt?.slice(0, 10) ?? '—',
            })}
          </p>
          {SNAPSHOT && <p>{t('about.snapshot')}</p>}
        </section>
      )}
      <section aria-labelledby="about-reading">
        <h3 id="about-reading">{t('about.readingHeading')}</h3>
        <StrengthKey labelledBy="about-reading" />
        <p>{t('about.weakest')}</p>
      </section>
    </ModalDialog>
  );
};
