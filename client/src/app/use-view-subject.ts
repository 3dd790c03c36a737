import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphElements } from '@pag/graph-seed';
import { nodeName } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import type { PathQuery, Trace } from '../view/view-store';

/** What the view shows: a file-name part (`trace-up-social-organizations`, or `whole`) and a title. */
export interface ViewSubject {
  readonly slug: string;
  /** "Lines of authority up from Social organizations", in the interface language; null for the graph. */
  readonly title: string | null;
}

const PATH_TITLES = {
  any: 'chains.paths',
  down: 'chains.pathsDown',
  up: 'chains.pathsUp',
} as const;

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
    if (trace) {
      return {
        slug: `trace-${trace.direction}-${trace.nodeId}`,
        title: t(`chains.${trace.direction}`, { name: name(trace.nodeId) }),
      };
    }
    if (paths?.to) {
      return {
        slug: `paths-${paths.from}-${paths.to}`,
        title: t(PATH_TITLES[paths.direction], { from: name(paths.from), to: name(paths.to) }),
      };
    }
    return { slug: 'whole', title: null };
  }, [trace, paths, nodes, language, t]);
};
