import { useEdgeQuery } from '../api/queries';
import type { Selection } from '../app/view-store';
import { EvidenceList } from './EvidenceList';

interface EdgeDetailsProps {
  readonly edgeId: string;
  readonly onSelect: (selection: Selection) => void;
}

/** A relationship read along its arrow, with its ends and quoted evidence. */
export const EdgeDetails = ({ edgeId, onSelect }: EdgeDetailsProps) => {
  const { data, error, isPending } = useEdgeQuery(edgeId);
  if (isPending) return <p role="status">Loading…</p>;
  if (error) return <p role="alert">Could not load this relationship: {error.message}</p>;
  const { edge, source, target, sources } = data;
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind">
        Relationship{edge.authority ? ' · line of authority' : ''} ·{' '}
        <span lang="zh">{edge.labelZh}</span>
      </p>
      <h2 id="details-title">
        <button
          type="button"
          className="link"
          onClick={() => onSelect({ kind: 'node', id: source.id })}
        >
          {source.name}
        </button>{' '}
        <em>{edge.label}</em>{' '}
        <button
          type="button"
          className="link"
          onClick={() => onSelect({ kind: 'node', id: target.id })}
        >
          {target.name}
        </button>
      </h2>
      {edge.note && <p className="note">{edge.note}</p>}
      <h3>Sources</h3>
      <EvidenceList items={sources} />
    </article>
  );
};
