import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetaQuery } from '../api/queries';
import { siteRoot } from '../api/snapshot';
import { GraphQueryState } from '../components/GraphQueryState';
import { GraphCanvas } from '../components/GraphCanvas';
import { Legend } from '../components/Legend';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { creditSources } from '../export/citation';
import { useLanguage } from '../i18n/use-language';
import { isGroupId } from '../graph/group-members';
import { useViewStore, type LayoutName, type Selection } from '../view/view-store';
import { useViewGraph } from './use-view-graph';
import { useViewSubject } from './use-view-subject';
import './EmbedApp.css';

const ignore = () => undefined;

/**
 * A view of the graph for embedding in another site (at /embed, with the view's link
 * parameters): the graph as the link describes it, read-only (nothing to drag, filter or
 * search), with what it shows, a legend, the source credit and the data version, and a link
 * that opens the same view in the full explorer.
 */
export const EmbedApp = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useViewStore();
  const { trace, paths } = view;
  const { graphQuery, graph, groups, highlight } = useViewGraph();
  // A large graph's groups show as counts; read-only, the embed opens none of them.
  const select = useCallback(
    (chosen: Selection) => {
      if (!chosen || !isGroupId(chosen.id)) view.select(chosen);
    },
    [view],
  );
  const meta = useMetaQuery().data;
  const [laidOutBy, setLaidOutBy] = useState<LayoutName | null>(null);
  const onReady = useCallback((by: LayoutName) => setLaidOutBy(by), []);
  const subject = useViewSubject(trace, paths, graph?.nodes);
  const loaded = meta?.loadedAt?.slice(0, 10);
  const fullView = `${siteRoot()}${window.location.search}`;
  return (
    <div className="embed">
      <header className="embed-header">
        <h1>{subject.title ? `${t('app.title')}: ${subject.title}` : t('app.title')}</h1>
        <a href={fullView} target="_blank" rel="noopener">
          {t('embed.open')}
        </a>
      </header>
      <SyntheticBanner />
      <main className="embed-main" aria-busy={graphQuery.isPending || laidOutBy !== view.layout}>
        <GraphQueryState query={graphQuery} />
        {graph && (
          <div className="graph-area" data-ready={laidOutBy === view.layout}>
            <GraphCanvas
              graph={graph}
              groups={groups}
              language={language}
              layout={view.layout}
              edgeLabels={view.edgeLabels}
              selection={view.selection}
              highlight={highlight}
              label={t('app.graphLabel', { nodes: graph.nodes.length, edges: graph.edges.length })}
              onSelect={select}
              onActivate={ignore}
              onReady={onReady}
              initialCamera={view.camera}
              awaitHighlight={trace !== null || Boolean(paths?.to)}
              pins={view.pins}
            />
          </div>
        )}
      </main>
      <footer className="embed-footer">
        <details>
          <summary>{t('legend.title')}</summary>
          <Legend groups={groups.length > 0} />
        </details>
        {meta && (
          <p className="embed-credit">
            {[
              meta.basedOn.length > 0 &&
                t('about.credit', { sources: creditSources(meta.basedOn) }),
              meta.dataVersion &&
                (loaded
                  ? t('export.versionOf', { version: meta.dataVersion, date: loaded })
                  : t('export.version', { version: meta.dataVersion })),
              // A view shared on an earlier version says so; the explorer says what changed.
              view.linkVersion &&
                meta.dataVersion &&
                view.linkVersion !== meta.dataVersion &&
                t('embed.changedSince', { version: view.linkVersion }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
      </footer>
    </div>
  );
};
