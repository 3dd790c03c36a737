import { PATH_LENGTH_MAX, type ChainsResponse } from '@pag/graph-seed';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../export/download-text';
import { toEvidenceReport, type ReportSubject } from '../export/evidence-report';
import { useLanguage } from '../i18n/use-language';
import { nodeName, verbParts } from '../i18n/names';
import { EvidenceList } from './EvidenceList';
import './ChainsPanel.css';

interface ChainsPanelProps {
  /** Lines of authority traced from a node, or paths between two nodes. */
  readonly subject: ReportSubject;
  readonly result: { data?: ChainsResponse; error: Error | null; isPending: boolean };
  /** Whether every element of the chains is on the canvas, or filters or focus hide some. */
  readonly allShown: boolean;
  readonly onClear: () => void;
}

const fileName = (subject: ReportSubject) =>
  'direction' in subject
    ? `authority-${subject.direction}-${subject.nodeId}.md`
    : `paths-${subject.from}-${subject.to}.md`;

/** Every traced chain or found path, hop by hop, each hop with the evidence for it. */
export const ChainsPanel = ({ subject, result, allShown, onClear }: ChainsPanelProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const nodes = new Map(result.data?.nodes.map((n) => [n.data.id, n.data]));
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? nodeName(node, language) : id;
  };
  const isTrace = 'direction' in subject;
  const title = isTrace
    ? t(subject.direction === 'up' ? 'chains.up' : 'chains.down', { name: name(subject.nodeId) })
    : t('chains.paths', { from: name(subject.from), to: name(subject.to) });
  const none = isTrace
    ? t(subject.direction === 'up' ? 'chains.noneUp' : 'chains.noneDown')
    : t('chains.nonePaths', { max: PATH_LENGTH_MAX });
  return (
    <section className="trace" aria-labelledby="trace-title">
      <header>
        <h2 id="trace-title">{title}</h2>
        <div className="trace-actions">
          <button
            type="button"
            className="button"
            disabled={!result.data || result.data.chains.length === 0}
            onClick={() => {
              if (!result.data) return;
              const date = new Date().toISOString().slice(0, 10);
              downloadText(fileName(subject), toEvidenceReport(result.data, subject, { date }));
            }}
          >
            {t('chains.report')}
          </button>
          <button type="button" className="button" onClick={onClear}>
            {t('chains.clear')}
          </button>
        </div>
      </header>
      {result.isPending && <p role="status">{t('chains.working')}</p>}
      {result.error && <p role="alert">{t('chains.failed', { message: result.error.message })}</p>}
      {result.data && result.data.chains.length === 0 && <p>{none}</p>}
      {result.data && result.data.chains.length > 0 && !allShown && (
        <p className="note">{t('chains.hiddenByFilters')}</p>
      )}
      {result.data && result.data.chains.length > 0 && (
        <ol className="chains">
          {result.data.chains.map((chain, i) => (
            <li key={chain.hops.map((h) => h.edgeId).join('|')}>
              <h3>
                {t(isTrace ? 'chains.chain' : 'chains.path', {
                  number: i + 1,
                  count: chain.hops.length,
                })}
              </h3>
              <ol className="hops">
                {chain.hops.map((hop) => {
                  // Each hop reads as its relationship does, along the arrow.
                  const [verb, verbEnd] = verbParts(hop.type, language);
                  return (
                    <li key={hop.edgeId}>
                      <p className="hop">
                        <strong>{name(hop.forward ? hop.from : hop.to)}</strong>{' '}
                        <span className="hop-type">{verb}</span>{' '}
                        <strong>{name(hop.forward ? hop.to : hop.from)}</strong>
                        {verbEnd && <span className="hop-type"> {verbEnd}</span>}
                      </p>
                      <EvidenceList items={hop.sources} />
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      )}
      {result.data?.truncated && <p className="note">{t('chains.truncated')}</p>}
    </section>
  );
};
