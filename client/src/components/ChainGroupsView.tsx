import { useTranslation } from 'react-i18next';
import type { Chain } from '@pag/graph-seed';
import { chainGroups, type ChainGrouping } from '../export/chain-tree';
import { useLanguage } from '../i18n/use-language';
import { nodeName, type Named } from '../i18n/names';
import { ShowAloneButton } from './ShowAloneButton';

interface ChainGroupsViewProps {
  readonly chains: readonly Chain[];
  readonly by: ChainGrouping;
  readonly nodes: ReadonlyMap<string, Named>;
  /** Whether the chains are traced chains (else found paths), for their names. */
  readonly isTrace: boolean;
}

/** Groups this far down the list start folded: the first show what the grouping says. */
const OPEN_GROUPS = 3;

/**
 * Chains grouped by the node they end at or by each node they pass through, largest group
 * first: each chain as the route of its nodes, numbered as in the list, with a button that
 * shows it alone on the graph.
 */
export const ChainGroupsView = ({ chains, by, nodes, isTrace }: ChainGroupsViewProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? nodeName(node, language) : id;
  };
  return (
    <div className="chain-groups">
      {chainGroups(chains, by).map((group, g) => (
        <details key={group.node} open={g < OPEN_GROUPS}>
          <summary>
            {t(by === 'endpoint' ? 'chains.groupEnd' : 'chains.groupThrough', {
              name: name(group.node),
              count: group.chains.length,
              total: chains.length,
            })}
          </summary>
          <ol className="chain-routes">
            {group.chains.map((index) => {
              const chain = chains[index];
              if (!chain) return null;
              const route = [chain.hops[0]?.from ?? '', ...chain.hops.map((hop) => hop.to)];
              return (
                <li key={index}>
                  <span className="route-number">
                    {t(isTrace ? 'chains.chain' : 'chains.path', {
                      number: index + 1,
                      count: chain.hops.length,
                    })}
                  </span>{' '}
                  <span className="route">
                    {route.map((id, i) => (
                      <span key={`${i}-${id}`}>
                        {i > 0 && ' → '}
                        {id === group.node ? <strong>{name(id)}</strong> : name(id)}
                      </span>
                    ))}
                  </span>{' '}
                  <ShowAloneButton index={index} />
                </li>
              );
            })}
          </ol>
        </details>
      ))}
    </div>
  );
};
