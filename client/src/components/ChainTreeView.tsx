import { useTranslation } from 'react-i18next';
import type { Chain } from '@pag/graph-seed';
import { chainTrees, type ChainTreeBranch } from '../export/chain-tree';
import { useLanguage } from '../i18n/use-language';
import { nodeName, type Named } from '../i18n/names';
import { ChainHop } from './ChainHop';

interface ChainTreeViewProps {
  readonly chains: readonly Chain[];
  readonly nodes: ReadonlyMap<string, Named>;
  readonly marksAgainst: boolean;
}

/** Branches this deep and deeper start folded: the first levels show the shape of it all. */
const FOLDED_FROM = 2;

/** How many chains run through a branch: its leaves. */
const chainsThrough = (branch: ChainTreeBranch): number =>
  branch.branches.length === 0
    ? 1
    : branch.branches.reduce((sum, next) => sum + chainsThrough(next), 0);

const Branch = ({
  branch,
  depth,
  ...shared
}: { readonly branch: ChainTreeBranch; readonly depth: number } & Omit<
  ChainTreeViewProps,
  'chains'
>) => {
  const { t } = useTranslation();
  return (
    <li>
      <ChainHop hop={branch.hop} {...shared} />
      {branch.branches.length > 0 && (
        <details open={depth + 1 < FOLDED_FROM}>
          <summary>{t('chains.continues', { count: chainsThrough(branch) })}</summary>
          <ul className="tree-branches">
            {branch.branches.map((next) => (
              <Branch
                key={`${next.hop.edgeId}>${next.hop.to}`}
                branch={next}
                depth={depth + 1}
                {...shared}
              />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
};

/**
 * Traced chains or found paths as a tree from where they start: a hop that several chains
 * share is shown once, with its evidence, and the chains part beneath it; deeper branches
 * start folded.
 */
export const ChainTreeView = ({ chains, nodes, marksAgainst }: ChainTreeViewProps) => {
  const language = useLanguage();
  return (
    <div className="chain-tree">
      {chainTrees(chains).map((tree) => {
        const start = nodes.get(tree.start);
        return (
          <section key={tree.start}>
            <h3>{start ? nodeName(start, language) : tree.start}</h3>
            <ul className="tree-branches">
              {tree.branches.map((branch) => (
                <Branch
                  key={`${branch.hop.edgeId}>${branch.hop.to}`}
                  branch={branch}
                  depth={0}
                  nodes={nodes}
                  marksAgainst={marksAgainst}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
};
