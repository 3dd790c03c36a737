import { useEffect, useRef, useState } from 'react';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { NodeSummary, RelationshipType } from '@pag/graph-seed';
import { edgeTip, nodeTip, type TipText } from '../graph/hover-tip';
import { drawnWith } from '../graph/parallel-edges';
import type { Language } from '../i18n/messages';
import type { Named } from '../i18n/names';

/** A hover tip placed over the canvas. */
export interface HoverTip extends TipText {
  readonly x: number;
  readonly y: number;
}

const NodeNames = NodeSummary.pick({ name: true, nameZh: true });

/** A canvas node's names, from the data its element was made with. */
const namesOf = (node: NodeSingular): Named => NodeNames.parse(node.data());

/**
 * The tip for what the pointer rests on: a node's names in both languages, or a
 * relationship read along its arrow (each of them, for a line drawn for several), placed above it. Gone when the pointer leaves or the
 * view moves.
 */
export const useHoverTip = (cy: Core | null, language: Language): HoverTip | null => {
  const [tip, setTip] = useState<HoverTip | null>(null);
  const languageRef = useRef(language);
  useEffect(() => {
    languageRef.current = language;
  }, [language]);

  useEffect(() => {
    if (!cy) return;
    const onNode = (event: { target: NodeSingular }) => {
      const box = event.target.renderedBoundingBox({ includeLabels: false });
      const text = nodeTip(namesOf(event.target), languageRef.current);
      setTip({ ...text, x: (box.x1 + box.x2) / 2, y: box.y1 });
    };
    const onEdge = (event: { target: EdgeSingular }) => {
      const edge = event.target;
      edge.addClass('hovered');
      // A line drawn for several relationships reads each of them.
      const [text, ...others] = [edge, ...drawnWith(edge).not(edge)].map(
        (member) =>
          edgeTip(
            RelationshipType.parse(member.data('type')),
            namesOf(member.source()),
            namesOf(member.target()),
            languageRef.current,
          ).text,
      );
      const { x, y } = edge.renderedMidpoint();
      setTip({ text: text ?? '', detail: others.length ? others.join('\n') : null, x, y: y - 6 });
    };
    const offEdge = (event: { target: EdgeSingular }) => event.target.removeClass('hovered');
    const hide = () => setTip(null);
    cy.on('mouseover', 'node', onNode);
    cy.on('mouseover', 'edge', onEdge);
    cy.on('mouseout', 'edge', offEdge);
    cy.on('mouseout viewport tapstart', hide);
    return () => {
      cy.removeListener('mouseover', 'node', onNode);
      cy.removeListener('mouseover', 'edge', onEdge);
      cy.removeListener('mouseout', 'edge', offEdge);
      cy.removeListener('mouseout viewport tapstart', hide);
    };
  }, [cy]);
  return tip;
};
