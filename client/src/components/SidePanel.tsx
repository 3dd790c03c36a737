import { Trans, useTranslation } from 'react-i18next';
import type { ChainsResponse, GraphElements } from '@pag/graph-seed';
import type { FocusRequest } from './use-focus-request';
import { useViewStore } from '../view/view-store';
import { hiddenNeighbourCount } from '../graph/focus';
import { ChainsPanel } from './ChainsPanel';
import { DataCredit } from './DataCredit';
import { EdgeDetails } from './EdgeDetails';
import { Legend } from './Legend';
import { NodeDetails } from './NodeDetails';
import { PathFinder } from './PathFinder';
import './SidePanel.css';

type ChainsResult = { data?: ChainsResponse; error: Error | null; isPending: boolean };

interface SidePanelProps {
  /** The graph the filters let through, before any focus. */
  readonly filtered: GraphElements | undefined;
  /** Ids of the nodes on the canvas. */
  readonly shownIds: ReadonlySet<string>;
  readonly traceResult: ChainsResult;
  readonly pathsResult: ChainsResult;
  readonly detailsFocus: FocusRequest;
  /** Opens the About dialog. */
  readonly onShowAbout: () => void;
  /** Whether the view draws groups of the overview (the legend then explains them). */
  readonly groups?: boolean;
}

/**
 * The side column: the path finder or the traced chains and found paths while they are
 * asked for, else the details of what is selected, else a hint; the legend beneath.
 */
export const SidePanel = ({
  filtered,
  shownIds,
  traceResult,
  pathsResult,
  detailsFocus,
  onShowAbout,
  groups = false,
}: SidePanelProps) => {
  const { t } = useTranslation();
  const {
    selection,
    trace,
    paths,
    focus,
    basisScope,
    select,
    clearTrace,
    findPaths,
    setBasisScope,
    pins,
    unpin,
  } = useViewStore();
  const chains = trace ? traceResult.data : paths?.to ? pathsResult.data : undefined;
  const allShown = !chains || chains.nodes.every((n) => shownIds.has(n.data.id));
  return (
    <aside className="side" aria-label={t('app.details')}>
      {paths && !paths.to && (
        <PathFinder
          from={paths.from}
          direction={paths.direction}
          onDirection={(direction) => findPaths({ ...paths, direction })}
          onChoose={(to) => findPaths({ ...paths, to })}
          onCancel={clearTrace}
        />
      )}
      {trace && (
        <ChainsPanel
          subject={{ kind: 'trace', ...trace }}
          result={traceResult}
          allShown={allShown}
          onClear={clearTrace}
          knownNodes={filtered?.nodes ?? []}
          basisScope={basisScope}
          onBasisScope={setBasisScope}
        />
      )}
      {paths?.to && (
        <ChainsPanel
          subject={{ kind: 'paths', ...paths, to: paths.to }}
          result={pathsResult}
          allShown={allShown}
          onClear={clearTrace}
          knownNodes={filtered?.nodes ?? []}
          onPathDirection={(direction) => findPaths({ ...paths, direction })}
          basisScope={basisScope}
          onBasisScope={setBasisScope}
        />
      )}
      {!trace && !paths && selection?.kind === 'node' && (
        <NodeDetails
          nodeId={selection.id}
          hiddenNeighbours={filtered ? hiddenNeighbourCount(filtered, focus, selection.id) : 0}
          onSelect={select}
          focusRequest={detailsFocus}
          onUnpin={selection.id in pins ? () => unpin(selection.id) : undefined}
        />
      )}
      {!trace && !paths && selection?.kind === 'edge' && (
        <EdgeDetails
          edgeId={selection.id}
          onSelect={select}
          graph={filtered}
          focusRequest={detailsFocus}
        />
      )}
      {!trace && !paths && !selection && (
        <div className="hint">
          <p>
            <Trans i18nKey="app.hint" components={{ 1: <kbd />, 3: <kbd />, 5: <kbd /> }} />
          </p>
          <DataCredit onOpen={onShowAbout} />
        </div>
      )}
      <Legend groups={groups} />
    </aside>
  );
};
