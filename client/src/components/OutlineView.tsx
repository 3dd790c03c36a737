import { useTranslation } from 'react-i18next';
import { NodeKind, type ChainsResponse, type GraphElements } from '@pag/graph-seed';
import type { Selection } from '../view/view-store';
import { kindName, nodeName, verbParts } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import './OutlineView.css';

interface OutlineViewProps {
  readonly graph: GraphElements;
  /** Traced chains or found paths, listed first when there are any. */
  readonly chains: ChainsResponse | null;
  readonly selection: Selection;
  readonly onSelect: (selection: Selection) => void;
}

/**
 * The graph on screen as nested lists a screen reader can read: the traced chains, then
 * every node by kind with the relationships it starts, each reading along its arrow.
 */
export const OutlineView = ({ graph, chains, selection, onSelect }: OutlineViewProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const nodes = new Map(graph.nodes.map((node) => [node.data.id, node.data]));
  for (const node of chains?.nodes ?? [])
    if (!nodes.has(node.data.id)) nodes.set(node.data.id, node.data);
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? nodeName(node, language) : id;
  };
  const nodeButton = (id: string) => (
    <button
      type="button"
      className="link"
      aria-current={selection?.kind === 'node' && selection.id === id ? 'true' : undefined}
      onClick={() => onSelect({ kind: 'node', id })}
    >
      {name(id)}
    </button>
  );

  return (
    <section className="outline" aria-labelledby="outline-title">
      <h2 id="outline-title">{t('outline.title')}</h2>
      <p>{t('outline.intro', { nodes: graph.nodes.length, edges: graph.edges.length })}</p>
      {chains && chains.chains.length > 0 && (
        <>
          <h3>{t('outline.traced')}</h3>
          <ol className="outline-chains">
            {chains.chains.map((chain) => (
              <li key={chain.hops.map((hop) => hop.edgeId).join('|')}>
                {nodeButton(chain.hops[0]?.from ?? '')}
                {chain.hops.map((hop) => (
                  <span key={hop.edgeId}>
                    {' → '}
                    {nodeButton(hop.to)}
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </>
      )}
      {NodeKind.options.map((kind) => {
        const ofKind = graph.nodes.filter((node) => node.data.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`outline-${kind}`}>
            <h3 id={`outline-${kind}`}>
              {kindName(kind, language)} ({ofKind.length})
            </h3>
            <ul>
              {ofKind.map(({ data }) => {
                const outgoing = graph.edges.filter((edge) => edge.data.source === data.id);
                return (
                  <li key={data.id}>
                    {nodeButton(data.id)}
                    {outgoing.length > 0 && (
                      <ul>
                        {outgoing.map((edge) => {
                          const [verb, verbEnd] = verbParts(edge.data.type, language, data);
                          return (
                            <li key={edge.data.id}>
                              <button
                                type="button"
                                className="link verb"
                                onClick={() => onSelect({ kind: 'edge', id: edge.data.id })}
                              >
                                {verb}
                              </button>{' '}
                              {nodeButton(edge.data.target)}
                              {verbEnd && ` ${verbEnd}`}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
};
