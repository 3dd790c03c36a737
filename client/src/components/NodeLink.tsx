import type { NodeSummary } from '@pag/graph-seed';
import type { Selection } from '../view/view-store';
import { useLanguage } from '../i18n/use-language';
import { nodeName } from '../i18n/names';

/** A node's name, in the language shown, as a button that selects the node. */
export const NodeLink = ({
  node,
  onSelect,
}: {
  readonly node: NodeSummary;
  readonly onSelect: (s: Selection) => void;
}) => {
  const language = useLanguage();
  return (
    <button type="button" className="link" onClick={() => onSelect({ kind: 'node', id: node.id })}>
      {nodeName(node, language)}
    </button>
  );
};
