import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FILE_FORMATS,
  isFileFormat,
  type ChainsResponse,
  type GraphElements,
  type GraphMeta,
} from '@pag/graph-seed';
import type { ExportFormat } from '../actions/commands';
import type { GraphHandle } from '../components/GraphCanvas';
import { downloadBlob } from '../export/download-blob';
import { downloadText } from '../export/download-text';
import { creditSources } from '../export/citation';
import { toCsv, toJson } from '../export/export-data';
import { embedSnippet } from '../export/embed-snippet';
import { embedPage } from '../api/snapshot';
import { citingVersion } from '../view/url-state';
import { exportFileName } from '../export/file-name';
import type { FigureSize } from '../export/figure-size';
import type { ViewSubject } from './use-view-subject';

interface ExportSources {
  /** What is on the canvas. */
  readonly graph: GraphElements | undefined;
  /** Traced chains or found paths, which the data exports hold instead while shown. */
  readonly chains: ChainsResponse | undefined;
  /** What the graph is read from and its version, which every export names. */
  readonly meta: GraphMeta | undefined;
  /** What the view shows, which names the files and heads the caption. */
  readonly subject: ViewSubject;
  readonly canvas: RefObject<GraphHandle | null>;
}

/**
 * Exports the view: images of the canvas (PNG at a scale, SVG) with legend and caption —
 * while chains are traced, of them alone unless asked for the whole view — or its data
 * (JSON, CSV), the graph with its evidence for other tools (GraphML, GEXF), or the references
 * of its sources (CSL-JSON, RIS, BibTeX). Figures come at the size chosen: as on screen, or a preset laid out for a
 * 720 px column. Files are named for what they show and when. Returns the command's action,
 * a line saying what it did, and the choices of figure.
 */
export const useExport = ({ graph, chains, meta, subject, canvas }: ExportSources) => {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const [onlyChains, setOnlyChains] = useState(true);
  const [figureSize, setFigureSize] = useState<FigureSize>('screen');

  const exportAs = useCallback(
    (format: ExportFormat) => {
      if (format === 'link') {
        const url = citingVersion(window.location, meta?.dataVersion);
        navigator.clipboard.writeText(url).then(
          () => setStatus(t('export.linkCopied')),
          () => setStatus(t('export.linkManual', { url })),
        );
        return;
      }
      if (format === 'embed') {
        const snippet = embedSnippet(
          {
            page: embedPage(),
            search: new URL(citingVersion(window.location, meta?.dataVersion)).search,
          },
          subject.title ? `${t('app.title')}: ${subject.title}` : t('app.title'),
        );
        navigator.clipboard.writeText(snippet).then(
          () => setStatus(t('export.embedCopied')),
          () => setStatus(t('export.embedManual', { snippet })),
        );
        return;
      }
      if (!graph) return;
      const view = chains ?? graph;
      const date = new Date().toISOString().slice(0, 10);
      const dataVersion = meta?.dataVersion ?? null;
      // The data is the chains while traced; a figure may show them in the whole graph, and
      // its name then says so.
      const onlyLit = chains !== undefined && onlyChains;
      const dataName = exportFileName(subject.slug, date);
      const figureName =
        (chains && !onlyChains ? exportFileName(`${subject.slug}-in-graph`, date) : dataName) +
        (figureSize === 'screen' ? '' : `-${figureSize}`);
      const legibility = (legible: boolean) => (legible ? '' : ` ${t('export.illegible')}`);
      if (format === 'json') {
        const about = { loadedAt: meta?.loadedAt ?? null, basedOn: meta?.basedOn ?? [] };
        downloadText(
          `${dataName}.json`,
          toJson(view, { exportedAt: date, dataVersion, about }),
          'application/json',
        );
        setStatus(t('export.json', { nodes: view.nodes.length, edges: view.edges.length }));
        return;
      }
      if (format === 'csv') {
        downloadText(`${dataName}-relationships.csv`, toCsv(view), 'text/csv');
        setStatus(t('export.csv', { edges: view.edges.length }));
        return;
      }
      if (isFileFormat(format)) {
        // The evidence is not in the view's elements: the server gives it for their ids.
        const { label, extension, mime, sourcesOnly } = FILE_FORMATS[format];
        setStatus(t('export.fetching', { nodes: view.nodes.length, edges: view.edges.length }));
        const about = {
          title: subject.title ? `${t('app.title')}: ${subject.title}` : t('app.title'),
          dataVersion,
          exportedAt: new Date().toISOString(),
          credit: creditSources(meta?.basedOn ?? []),
        };
        // The writers load only when someone asks for such a file.
        import('../export/graph-file')
          .then(({ graphFile }) => graphFile(view, format, about))
          .then(
            ({ text, records }) => {
              const name = sourcesOnly ? `${dataName}-sources` : dataName;
              downloadText(`${name}.${extension}`, text, mime);
              setStatus(
                sourcesOnly
                  ? t('export.references', { count: records.sources.length, format: label })
                  : t('export.graphFile', {
                      nodes: records.nodes.length,
                      edges: records.relationships.length,
                      format: label,
                    }),
              );
            },
            (error: unknown) =>
              setStatus(t('export.failed', { message: (error as Error).message })),
          );
        return;
      }
      const handle = canvas.current;
      if (!handle) return;
      // What the figure shows, the data's version and its date, when it was made, whose
      // work it is read from, and the view it came from.
      const loaded = meta?.loadedAt?.slice(0, 10);
      const caption = [
        [
          subject.title ? `${t('app.title')}: ${subject.title}` : t('app.title'),
          dataVersion &&
            (loaded
              ? t('export.versionOf', { version: dataVersion, date: loaded })
              : t('export.version', { version: dataVersion })),
          date,
        ]
          .filter(Boolean)
          .join(' · '),
        ...(meta?.basedOn.length
          ? [t('about.credit', { sources: creditSources(meta.basedOn) })]
          : []),
        t('export.viewLink', { url: citingVersion(window.location, dataVersion) }),
      ];
      const labels = {
        authority: t('legend.authority'),
        provenance: t('legend.provenance'),
        other: t('legend.other'),
        lines: {
          solid: t('legend.lines.solid'),
          dashed: t('legend.lines.dashed'),
          dotted: t('legend.lines.dotted'),
        },
        may: t('legend.may'),
        merged: t('legend.merged'),
      };
      const failed = (error: unknown) =>
        setStatus(t('export.failed', { message: (error as Error).message }));
      if (format === 'svg') {
        setStatus(t('export.drawing', { format: 'SVG' }));
        handle.exportSvg(figureSize, caption, labels, onlyLit).then((svg) => {
          downloadText(`${figureName}.svg`, svg.svg, 'image/svg+xml');
          setStatus(
            t('export.svg', { width: svg.width, height: svg.height }) + legibility(svg.legible),
          );
        }, failed);
        return;
      }
      const scale = Number(format.slice(4));
      setStatus(t('export.drawing', { format: 'PNG' }));
      handle.exportPng(figureSize, scale, caption, labels, onlyLit).then((png) => {
        downloadBlob(`${figureName}-${scale}x.png`, png.blob);
        setStatus(
          t('export.png', { width: png.width, height: png.height }) +
            (png.reduced
              ? t('export.reduced', { scale: png.scale.toFixed(2), wanted: scale })
              : '') +
            legibility(png.legible),
        );
      }, failed);
    },
    [graph, chains, meta, subject, onlyChains, figureSize, canvas, t],
  );
  return { exportAs, status, onlyChains, setOnlyChains, figureSize, setFigureSize };
};
