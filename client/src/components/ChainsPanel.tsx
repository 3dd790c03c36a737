import {
  PATH_LENGTH_MAX,
  weakestOf,
  BasisScope,
  type Chain,
  type ChainsResponse,
  type NodeElement,
  type PathDirection,
} from '@pag/graph-seed';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetaQuery } from '../api/queries';
import { useViewStore } from '../view/view-store';
import { citingVersion } from '../view/url-state';
import { downloadText } from '../export/download-text';
import { toEvidenceReport, type ReportSubject } from '../export/evidence-report';
import { exportFileName, subjectSlug } from '../export/file-name';
import { PATH_TITLES, TRACE_TITLES } from '../i18n/chain-titles';
import { useLanguage } from '../i18n/use-language';
import { basisName, modalityName, nodeName } from '../i18n/names';
import { ChoiceGroup } from './ChoiceGroup';
import { ChainHop } from './ChainHop';
import { ChainGroupsView } from './ChainGroupsView';
import { ChainTreeView } from './ChainTreeView';
import { ShowAloneButton } from './ShowAloneButton';
import { PathDirectionPicker } from './PathDirectionPicker';
import './ChainsPanel.css';

interface ChainsPanelProps {
  /** Lines of authority traced from a node, or paths between two nodes. */
  readonly subject: ReportSubject;
  readonly result: { data?: ChainsResponse; error: Error | null; isPending: boolean };
  /** Whether every element of the chains is on the canvas, or filters or focus hide some. */
  readonly allShown: boolean;
  readonly onClear: () => void;
  /** Nodes to name the subject by when the chains do not hold them. */
  readonly knownNodes: readonly NodeElement[];
  /** For paths: follow other relationships (any, or authority one way) between the two. */
  readonly onPathDirection?: (direction: PathDirection) => void;
  /** What every hop must rest on: any basis, documents, or provisions alone. */
  readonly basisScope: BasisScope;
  readonly onBasisScope: (scope: BasisScope) => void;
}

/**
 * How the chains are shown: as a tree from where they start, grouped by the node they end at
 * or by each node they pass through, or one by one.
 */
const CHAIN_SHAPES = ['tree', 'endpoint', 'intermediary', 'list'] as const;
type ChainShape = (typeof CHAIN_SHAPES)[number];
/** More traced chains than this are shown as a tree at first; paths, one by one. */
const TREE_FROM = 5;

/** A chain's weakest hop, numbered from 1: the chain is no stronger than it. */
const weakestHop = (chain: Chain) => {
  const weakest = weakestOf(chain.hops);
  return weakest && { ...weakest, number: chain.hops.indexOf(weakest) + 1 };
};

/**
 * Every traced chain or found path, hop by hop, each hop with how strongly it is sourced and
 * the evidence for it, each chain with its weakest link; a choice keeps to stronger bases.
 */
export const ChainsPanel = ({
  subject,
  result,
  allShown,
  onClear,
  knownNodes,
  onPathDirection,
  basisScope,
  onBasisScope,
}: ChainsPanelProps) => {
  const { t } = useTranslation();
  const meta = useMetaQuery().data;
  const onlyChain = useViewStore((state) => state.onlyChain);
  const language = useLanguage();
  const [shape, setShape] = useState<ChainShape | null>(null);
  // Names from the chains, else from the graph on screen (a query that found nothing).
  const nodes = new Map(
    [...knownNodes, ...(result.data?.nodes ?? [])].map((n) => [n.data.id, n.data]),
  );
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? nodeName(node, language) : id;
  };
  const isTrace = subject.kind === 'trace';
  // Many chains read best as a tree (shared hops once); a few, one by one.
  // One chain shown alone is one of the list.
  const chainShape =
    shape ??
    (isTrace && onlyChain === null && (result.data?.chains.length ?? 0) > TREE_FROM
      ? 'tree'
      : 'list');
  const title = isTrace
    ? t(TRACE_TITLES[subject.direction], { name: name(subject.nodeId) })
    : t(PATH_TITLES[subject.direction], { from: name(subject.from), to: name(subject.to) });
  const none = isTrace
    ? t(subject.direction === 'up' ? 'chains.noneUp' : 'chains.noneDown')
    : t(subject.direction === 'any' ? 'chains.nonePaths' : 'chains.nonePathsAlong', {
        max: PATH_LENGTH_MAX,
      });
  // On a path over any relationship, a hop whose arrow points back along the path says so.
  const marksAgainst = !isTrace && subject.direction === 'any';
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
              const about = {
                dataVersion: meta?.dataVersion,
                basedOn: meta?.basedOn,
                viewUrl: citingVersion(window.location, meta?.dataVersion),
              };
              downloadText(
                `${exportFileName(subjectSlug(subject), date)}.md`,
                toEvidenceReport(result.data, subject, { date, language, ...about }),
              );
            }}
          >
            {t('chains.report')}
          </button>
          <button type="button" className="button" onClick={onClear}>
            {t('chains.clear')}
          </button>
        </div>
      </header>
      {subject.kind === 'paths' && onPathDirection && (
        <PathDirectionPicker value={subject.direction} onChange={onPathDirection} />
      )}
      <ChoiceGroup
        legend={t('claim.scope')}
        options={BasisScope.options}
        label={(scope) => t(`claim.scopes.${scope}`)}
        value={basisScope}
        onChange={onBasisScope}
      />
      {basisScope !== 'any' && result.data?.filter && result.data.filter.removed > 0 && (
        <p className="note" role="status">
          {t(`claim.${isTrace ? 'removedChains' : 'removedPaths'}.${basisScope}`, {
            count: result.data.filter.removed,
          })}
        </p>
      )}
      {subject.kind === 'paths' && subject.direction === 'any' && (
        <p className="note">{t('chains.zigzags')}</p>
      )}
      {result.isPending && <p role="status">{t('chains.working')}</p>}
      {result.error && <p role="alert">{t('chains.failed', { message: result.error.message })}</p>}
      {result.data && result.data.chains.length === 0 && <p>{none}</p>}
      {result.data && result.data.chains.length > 0 && !allShown && (
        <p className="note">{t('chains.hiddenByFilters')}</p>
      )}
      {result.data && result.data.chains.length > 1 && (
        <ChoiceGroup
          legend={t('chains.shape')}
          options={CHAIN_SHAPES}
          label={(option) => t(`chains.shapes.${option}`)}
          value={chainShape}
          onChange={setShape}
        />
      )}
      {result.data && result.data.chains.length > 0 && chainShape === 'tree' && (
        <ChainTreeView chains={result.data.chains} nodes={nodes} marksAgainst={marksAgainst} />
      )}
      {result.data &&
        result.data.chains.length > 0 &&
        (chainShape === 'endpoint' || chainShape === 'intermediary') && (
          <ChainGroupsView
            chains={result.data.chains}
            by={chainShape}
            nodes={nodes}
            isTrace={isTrace}
          />
        )}
      {result.data && result.data.chains.length > 0 && chainShape === 'list' && (
        <ol className="chains">
          {result.data.chains.map((chain, i) => {
            const weakest = weakestHop(chain);
            return (
              <li key={chain.hops.map((h) => h.edgeId).join('|')}>
                <div className="chain-head">
                  <h3>
                    {t(isTrace ? 'chains.chain' : 'chains.path', {
                      number: i + 1,
                      count: chain.hops.length,
                    })}
                  </h3>
                  {result.data && result.data.chains.length > 1 && <ShowAloneButton index={i} />}
                </div>
                {weakest && chain.hops.length > 1 && (
                  <p className="weakest">
                    {t('claim.weakest', {
                      number: weakest.number,
                      basis: basisName(weakest.basis, language),
                      modality: modalityName(weakest.modality, language),
                    })}
                  </p>
                )}
                <ol className="hops">
                  {chain.hops.map((hop) => (
                    <li key={hop.edgeId}>
                      <ChainHop hop={hop} nodes={nodes} marksAgainst={marksAgainst} />
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ol>
      )}
      {result.data?.truncated && <p className="note">{t('chains.truncated')}</p>}
    </section>
  );
};
