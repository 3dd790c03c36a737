import { relationshipTypes, type ChainsResponse } from '@pag/graph-seed';
import type { Trace } from '../app/view-store';
import { downloadText } from '../export/download-text';
import { toEvidenceReport } from '../export/evidence-report';
import { EvidenceList } from './EvidenceList';

interface TracePanelProps {
  readonly trace: NonNullable<Trace>;
  readonly result: { data?: ChainsResponse; error: Error | null; isPending: boolean };
  readonly onClear: () => void;
}

/** Every traced chain, hop by hop, each hop with the evidence for it. */
export const TracePanel = ({ trace, result, onClear }: TracePanelProps) => {
  const names = new Map(result.data?.nodes.map((n) => [n.data.id, n.data.label]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <section className="trace" aria-labelledby="trace-title">
      <header>
        <h2 id="trace-title">
          {trace.direction === 'up'
            ? 'Lines of authority up from '
            : 'Lines of authority down from '}
          {name(trace.nodeId)}
        </h2>
        <div className="trace-actions">
          <button
            type="button"
            disabled={!result.data || result.data.chains.length === 0}
            onClick={() => {
              if (!result.data) return;
              const date = new Date().toISOString().slice(0, 10);
              downloadText(
                `authority-${trace.direction}-${trace.nodeId}.md`,
                toEvidenceReport(result.data, trace, { date }),
              );
            }}
          >
            Evidence report (.md)
          </button>
          <button type="button" onClick={onClear}>
            Clear trace
          </button>
        </div>
      </header>
      {result.isPending && <p role="status">Tracing…</p>}
      {result.error && <p role="alert">Could not trace: {result.error.message}</p>}
      {result.data && result.data.chains.length === 0 && (
        <p>
          No line of authority runs {trace.direction === 'up' ? 'up to the Party centre' : 'down'}{' '}
          from here.
        </p>
      )}
      {result.data && result.data.chains.length > 0 && (
        <ol className="chains">
          {result.data.chains.map((chain, i) => (
            <li key={chain.hops.map((h) => h.edgeId).join('|')}>
              <h3>
                Chain {i + 1}: {chain.hops.length} hops
              </h3>
              <ol className="hops">
                {chain.hops.map((hop) => (
                  <li key={hop.edgeId}>
                    {/* Each hop reads as its relationship does, along the arrow. */}
                    <p className="hop">
                      <strong>{name(hop.forward ? hop.from : hop.to)}</strong>{' '}
                      <span className="hop-type">{relationshipTypes[hop.type].label}</span>{' '}
                      <strong>{name(hop.forward ? hop.to : hop.from)}</strong>
                    </p>
                    <EvidenceList items={hop.sources} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      {result.data?.truncated && <p className="note">More chains exist than are shown.</p>}
    </section>
  );
};
