import { relationshipTypes, type NodeSummary } from '@pag/graph-seed';
import { useNodeQuery } from '../api/queries';
import { nodeKindStyles } from '../graph/node-kinds';
import type { Selection } from '../app/view-store';
import { EvidenceList } from './EvidenceList';

interface NodeDetailsProps {
  readonly nodeId: string;
  readonly onSelect: (selection: Selection) => void;
}

const NodeLink = ({
  node,
  onSelect,
}: {
  readonly node: NodeSummary;
  readonly onSelect: (s: Selection) => void;
}) => (
  <button type="button" className="link" onClick={() => onSelect({ kind: 'node', id: node.id })}>
    {node.name}
  </button>
);

/** A node's names, kind, dates, quoted sources and relationships (each with its quotes). */
export const NodeDetails = ({ nodeId, onSelect }: NodeDetailsProps) => {
  const { data, error, isPending } = useNodeQuery(nodeId);
  if (isPending) return <p role="status">Loading…</p>;
  if (error) return <p role="alert">Could not load this node: {error.message}</p>;
  const { node, sources, relationships } = data;
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind" style={{ color: nodeKindStyles[node.kind].color }}>
        {nodeKindStyles[node.kind].label} ·{' '}
        <span lang="zh">{nodeKindStyles[node.kind].labelZh}</span>
      </p>
      <h2 id="details-title">{node.name}</h2>
      {node.nameZh && (
        <p className="name-zh" lang="zh">
          {node.nameZh}
        </p>
      )}
      {node.description && <p>{node.description}</p>}
      <dl className="facts">
        {node.date && (
          <>
            <dt>Date</dt>
            <dd>{node.date}</dd>
          </>
        )}
        {node.status && (
          <>
            <dt>Status</dt>
            <dd>{node.status}</dd>
          </>
        )}
        {node.aliases.length > 0 && (
          <>
            <dt>Also</dt>
            <dd>{node.aliases.join(' · ')}</dd>
          </>
        )}
        {node.url && (
          <>
            <dt>Original</dt>
            <dd>
              <a href={node.url} target="_blank" rel="noreferrer noopener">
                {new URL(node.url).hostname}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h3>Sources</h3>
      <EvidenceList items={sources} />
      <h3>Relationships ({relationships.length})</h3>
      <ul className="relationships">
        {relationships.map((rel) => (
          <li key={rel.id}>
            <details>
              {/* Reads along the arrow: "This leads X" or "X leads this". */}
              <summary>
                {rel.direction === 'in' ? (
                  <NodeLink node={rel.other} onSelect={onSelect} />
                ) : (
                  'This'
                )}{' '}
                <button
                  type="button"
                  className="link verb"
                  onClick={() => onSelect({ kind: 'edge', id: rel.id })}
                >
                  {relationshipTypes[rel.type].label}
                </button>{' '}
                {rel.direction === 'out' ? (
                  <NodeLink node={rel.other} onSelect={onSelect} />
                ) : (
                  'this'
                )}
                {rel.authority && <span className="badge">authority</span>}
              </summary>
              {rel.note && <p className="note">{rel.note}</p>}
              <EvidenceList items={rel.sources} />
            </details>
          </li>
        ))}
      </ul>
    </article>
  );
};
