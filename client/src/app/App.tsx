import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_PAGE } from '@pag/graph-seed';
import { useMetaQuery } from '../api/queries';
import { SNAPSHOT } from '../api/snapshot';
import { AboutDialog } from '../components/AboutDialog';
import { EmptyState } from '../components/EmptyState';
import { ExportMenu } from '../components/ExportMenu';
import { FilterPanel } from '../components/FilterPanel';
import { GraphQueryState } from '../components/GraphQueryState';
import { GraphCanvas, type GraphHandle } from '../components/GraphCanvas';
import { LanguageToggle } from '../components/LanguageToggle';
import { OutlineView } from '../components/OutlineView';
import { SearchBox } from '../components/SearchBox';
import { SidePanel } from '../components/SidePanel';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { SourceViewer } from '../components/SourceViewer';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { Toolbar } from '../components/Toolbar';
import { VersionNotice } from '../components/VersionNotice';
import { ZoomControls } from '../components/ZoomControls';
import { NO_FILTERS } from '../api/graph-filters';
import { nodeName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import { useCitedVersion } from './use-cited-version';
import { useCommandContext } from './use-command-context';
import { useExport } from './use-export';
import { useViewSubject } from './use-view-subject';
import { useShortcuts } from './use-shortcuts';
import { useUrlSync } from './use-url-sync';
import { useViewGraph } from './use-view-graph';
import { useViewStore, type LayoutName, type Selection } from '../view/view-store';
import { isGroupId } from '../graph/group-members';
import './App.css';
import './print.css';

/**
 * The explorer: search and commands in the header; filters, the graph (or its outline) and
 * a side column for what is selected, traced or found.
 */
export const App = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useViewStore();
  const { selection, trace, paths, filters, focus } = view;
  const {
    graphQuery,
    filtered,
    graph,
    groups,
    openGroup,
    openBelow,
    groupLoading,
    groupError,
    nothingBelow,
    traceQuery,
    pathsQuery,
    chains,
    highlight,
  } = useViewGraph();
  const meta = useMetaQuery().data;
  // Which layout last placed every element: the graph is ready while that is the one asked for
  // (the force layout takes a moment, and the graph is not ready until it stops).
  const [laidOutBy, setLaidOutBy] = useState<LayoutName | null>(null);
  const onReady = useCallback((by: LayoutName) => setLaidOutBy(by), []);
  const laidOut = laidOutBy === view.layout;
  const searchRef = useRef<HTMLInputElement>(null);
  const graphRef = useRef<GraphHandle>(null);
  // Enter on the canvas moves focus to the details heading, once the details have loaded.
  const [focusDetails, setFocusDetails] = useState(false);
  const detailsFocus = useMemo(
    () => ({ requested: focusDetails, done: () => setFocusDetails(false) }),
    [focusDetails],
  );

  const shownIds = useMemo(() => new Set(graph?.nodes.map((n) => n.data.id)), [graph]);
  const subject = useViewSubject(trace, paths, graph?.nodes);
  const exports = useExport({ graph, chains, meta, subject, canvas: graphRef });
  const { exportAs } = exports;
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const { context, filtersOpen, shortcutsOpen, closeShortcuts, aboutOpen, closeAbout } =
    useCommandContext({
      filtered,
      hasGraph: (graph?.nodes.length ?? 0) > 0,
      focusSearch,
      exportAs,
      canvas: graphRef,
    });
  useShortcuts(context);
  useUrlSync();
  useCitedVersion();

  /** Selects what was clicked or reached on the canvas; a group's box draws more of its members. */
  const selectOnCanvas = useCallback(
    (chosen: Selection) => {
      if (chosen && isGroupId(chosen.id)) {
        // A box draws more of its members; its band stands for no one relationship.
        if (chosen.kind === 'node') void openGroup(chosen.id);
      } else view.select(chosen);
    },
    [openGroup, view],
  );
  /** A member drawn from a group, clicked (or Enter on it): what lies below it, in groups. */
  const openOnCanvas = useCallback((id: string) => void openBelow(id), [openBelow]);

  /** Chooses a node from search, bringing it into the focus when the focus leaves it out. */
  const choose = (id: string) => {
    if (focus && !focus.includes(id)) view.setFocus([...focus, id]);
    view.select({ kind: 'node', id });
  };
  const selectedName = (() => {
    const node = graph?.nodes.find((n) => n.data.id === selection?.id);
    return node ? nodeName(node.data, language) : '';
  })();

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          {t('app.title')}
          {language === 'en' && <span lang="zh">党的领导关系图谱</span>}
        </h1>
        {SNAPSHOT && (
          <button type="button" className="snapshot-tag" onClick={context.showAbout}>
            {t('app.snapshot')}
          </button>
        )}
        <SearchBox
          ref={searchRef}
          onChoose={choose}
          onChooseRelationship={(id) => view.select({ kind: 'edge', id })}
        />
        <div className="header-end">
          <ExportMenu
            context={context}
            status={exports.status}
            size={exports.figureSize}
            onSize={exports.setFigureSize}
            figureChoice={
              chains
                ? { onlyChains: exports.onlyChains, onChange: exports.setOnlyChains }
                : undefined
            }
          />
          <LanguageToggle />
        </div>
      </header>
      <SyntheticBanner />
      <Toolbar context={context} />
      <main className="app-main" aria-busy={graphQuery.isPending || !laidOut}>
        <GraphQueryState query={graphQuery} />
        {graph && <VersionNotice graph={graph} view={chains ?? graph} onSelect={view.select} />}
        {graph && (
          <div
            className={`graph-area${filtersOpen && !SNAPSHOT ? ' with-filters' : ''}`}
            data-ready={laidOut}
          >
            {filtersOpen && meta && !SNAPSHOT && (
              <FilterPanel meta={meta} filters={filters} onChange={view.setFilters} />
            )}
            <div className="canvas-column">
              <p className="view-summary" role="status" data-covers-canvas>
                {meta && graph.nodes.length < meta.counts.nodes
                  ? t('app.summaryOf', {
                      nodes: graph.nodes.length.toLocaleString(language),
                      total: meta.counts.nodes.toLocaleString(language),
                      edges: graph.edges.length.toLocaleString(language),
                    })
                  : t('app.summary', { nodes: graph.nodes.length, edges: graph.edges.length })}
                {focus && ` · ${t('filters.focused', { count: focus.length })}`}
                {graphQuery.isPlaceholderData && ' …'}
              </p>
              {graphQuery.data?.cut && (
                // One line that opens on a click: open, it would stand over the top of the
                // graph, and the view is fitted beneath what stands over it.
                <details className="cut-note" role="note" data-covers-canvas>
                  <summary>
                    {t('app.cutShort', {
                      shown: graph.nodes.length.toLocaleString(language),
                      total: graphQuery.data.cut.totalNodes.toLocaleString(language),
                    })}
                    <span role="status">
                      {groupLoading &&
                        ` · ${t(groupLoading === 'below' ? 'app.belowLoading' : 'app.groupLoading')}`}
                      {!groupLoading &&
                        nothingBelow &&
                        ` · ${t('app.nothingBelow', { name: nodeName(nothingBelow, language) })}`}
                    </span>
                  </summary>
                  {t('app.cut', {
                    shown: graphQuery.data.cut.shownNodes.toLocaleString(language),
                    count: graphQuery.data.cut.maxRank,
                    total: graphQuery.data.cut.totalNodes.toLocaleString(language),
                  })}
                  {groups.length > 0 && ` ${t('app.groups', { page: RELATIONSHIP_PAGE.default })}`}
                </details>
              )}
              {groupError && (
                <p className="cut-note" role="alert">
                  {groupError.below
                    ? t('app.belowFailed', {
                        name: nodeName(groupError.below, language),
                        message: groupError.message,
                      })
                    : t('app.groupFailed', { message: groupError.message })}
                </p>
              )}
              <GraphCanvas
                ref={graphRef}
                graph={graph}
                groups={groups}
                language={language}
                layout={view.layout}
                edgeLabels={view.edgeLabels}
                selection={selection}
                highlight={highlight}
                label={t('app.graphLabel', {
                  nodes: graph.nodes.length,
                  edges: graph.edges.length,
                })}
                onSelect={selectOnCanvas}
                onActivate={() => setFocusDetails(true)}
                onOpen={openOnCanvas}
                onReady={onReady}
                initialCamera={view.camera}
                awaitHighlight={trace !== null || Boolean(paths?.to)}
                onCamera={view.setCamera}
                pins={view.pins}
                onPin={view.pin}
              />
              {graph.nodes.length === 0 && (
                <EmptyState
                  reason={
                    meta?.counts.nodes === 0
                      ? 'no-data'
                      : filtered?.nodes.length === 0
                        ? 'filters'
                        : 'focus'
                  }
                  onClearFilters={() => view.setFilters(NO_FILTERS)}
                  onShowAll={() => view.setFocus(null)}
                />
              )}
              {view.presentation === 'outline' && (
                <div className="outline-layer">
                  <OutlineView
                    graph={graph}
                    chains={chains ?? null}
                    selection={selection}
                    onSelect={view.select}
                  />
                </div>
              )}
              <ZoomControls context={context} />
              <p className="visually-hidden" aria-live="polite">
                {selectedName}
              </p>
            </div>
            <SidePanel
              filtered={filtered}
              shownIds={shownIds}
              traceResult={traceQuery}
              pathsResult={pathsQuery}
              detailsFocus={detailsFocus}
              onShowAbout={context.showAbout}
              groups={groups.length > 0}
            />
          </div>
        )}
      </main>
      {view.sourceView && (
        <SourceViewer
          key={`${view.sourceView.sourceId}:${view.sourceView.quote}`}
          view={view.sourceView}
          onClose={() => view.showInSource(null)}
        />
      )}
      {shortcutsOpen && <ShortcutsDialog onClose={closeShortcuts} />}
      {aboutOpen && meta && <AboutDialog meta={meta} onClose={closeAbout} />}
    </div>
  );
};
