import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphElements } from '@pag/graph-seed';
import type { ReportSubject } from '../export/evidence-report';
import { subjectSlug } from '../export/file-name';
import { PATH_TITLES, TRACE_TITLES } from '../i18n/chain-titles';
import { nodeName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import type { PathQuery, Trace } from '../view/view-store';

/** What the view shows: a file-name part (`trace-up-social-organizations`, or `whole`) and a title. */
export interface ViewSubject {
  readonly slug: string;
  /** "Lines of authority up from Social organizations", in the interface language; null for the graph. */
  readonly title: string | null;
}

/** Names what the view shows, for the file names and captions of exports. */
export const useViewSubject = (
  trace: Trace,
  paths: PathQuery,
  nodes: GraphElements['nodes'] | undefined,
): ViewSubject => {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => {
    const name = (id: string) => {
      const node = nodes?.find((n) => n.data.id === id);
      return node ? nodeName(node.data, language) : id;
    };
    const subject: ReportSubject | null = trace
      ? { kind: 'trace', ...trace }
      : paths?.to
        ? { kind: 'paths', ...paths, to: paths.to }
        : null;
    const title = !subject
      ? null
      : subject.kind === 'trace'
        ? t(TRACE_TITLES[subject.direction], { name: name(subject.nodeId) })
        : t(PATH_TITLES[subject.direction], { from: name(subject.from), to: name(subject.to) });
    return { slug: subjectSlug(subject), title };
  }, [trace, paths, nodes, language, t]);
};
