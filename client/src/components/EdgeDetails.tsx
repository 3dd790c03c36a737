import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphElements } from '@pag/graph-seed';
import { useEdgeQuery } from '../api/queries';
import { useFocusRequest, type FocusRequest } from './use-focus-request';
import type { Selection } from '../view/view-store';
import { edgeTip } from '../graph/hover-tip';
import { parallelTo } from '../graph/parallel-edges';
import { verbParts } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import { ClaimStrength } from './ClaimStrength';
import { EvidenceList } from './EvidenceList';
import { NodeLink } from './NodeLink';
import './Details.css';

interface EdgeDetailsProps {
  readonly edgeId: string;
  readonly onSelect: (selection: Selection) => void;
  /** The graph on the canvas, whose relationships between the same two nodes are listed. */
  readonly graph?: GraphElements;
  /** Asks for keyboard focus on the heading once the details have loaded. */
  readonly focusRequest?: FocusRequest;
}

/**
 * The other relationships between the same two nodes, which the canvas draws as one line
 * with this one: each read along its arrow, a link to its own details.
 */
const Alongside = ({
  graph,
  edgeId,
  onSelect,
}: {
  readonly graph: GraphElements;
  readonly edgeId: string;
  readonly onSelect: (selection: Selection) => void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const others = parallelTo(graph.edges, edgeId).filter((id) => id !== edgeId);
  if (others.length === 0) return null;
  const nodes = new Map(graph.nodes.map(({ data }) => [data.id, data]));
  const edges = new Map(graph.edges.map(({ data }) => [data.id, data]));
  return (
    <section className="alongside" aria-labelledby="alongside-title">
      <h3 id="alongside-title">{t('edge.alongside', { count: others.length })}</h3>
      <ul>
        {others.map((id) => {
          const edge = edges.get(id);
          const source = edge && nodes.get(edge.source);
          const target = edge && nodes.get(edge.target);
          if (!edge || !source || !target) return null;
          return (
            <li key={id}>
              <button type="button" className="link" onClick={() => onSelect({ kind: 'edge', id })}>
                {edgeTip(edge.type, source, target, language).text}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
};

/** A relationship read along its arrow, with its ends, how strongly it is sourced, and its quotes. */
export const EdgeDetails = ({ edgeId, onSelect, graph, focusRequest }: EdgeDetailsProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error, isPending } = useEdgeQuery(edgeId);
  useFocusRequest(headingRef, focusRequest, data !== undefined);
  if (isPending) return <p role="status">{t('node.loading')}</p>;
  if (error) return <p role="alert">{t('edge.failed', { message: error.message })}</p>;
  const { edge, source, target, sources } = data;
  const [verb, verbEnd] = verbParts(edge.type, language, source);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind">
        {t('edge.kind')}
        {edge.authority ? ` · ${t('edge.authority')}` : ''}
      </p>
      <h2 id="details-title" ref={headingRef} tabIndex={-1}>
        <NodeLink node={source} onSelect={onSelect} /> <em>{verb}</em>{' '}
        <NodeLink node={target} onSelect={onSelect} />
        {verbEnd && <em> {verbEnd}</em>}
      </h2>
      <ClaimStrength basis={edge.basis} modality={edge.modality} modalityNote={edge.modalityNote} />
      {edge.note && <p className="note">{edge.note}</p>}
      <h3>{t('node.sources')}</h3>
      <EvidenceList items={sources} />
      {graph && <Alongside graph={graph} edgeId={edgeId} onSelect={onSelect} />}
    </article>
  );
};
