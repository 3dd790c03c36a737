import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEdgeQuery } from '../api/queries';
import { useFocusRequest, type FocusRequest } from './use-focus-request';
import type { Selection } from '../view/view-store';
import { verbParts } from '../i18n/names';
import { useLanguage } from '../i18n/use-language';
import { ClaimStrength } from './ClaimStrength';
import { EvidenceList } from './EvidenceList';
import { NodeLink } from './NodeLink';
import './Details.css';

interface EdgeDetailsProps {
  readonly edgeId: string;
  readonly onSelect: (selection: Selection) => void;
  /** Asks for keyboard focus on the heading once the details have loaded. */
  readonly focusRequest?: FocusRequest;
}

/** A relationship read along its arrow, with its ends, how strongly it is sourced, and its quotes. */
export const EdgeDetails = ({ edgeId, onSelect, focusRequest }: EdgeDetailsProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { data, error, isPending } = useEdgeQuery(edgeId);
  useFocusRequest(headingRef, focusRequest, data !== undefined);
  if (isPending) return <p role="status">{t('node.loading')}</p>;
  if (error) return <p role="alert">{t('edge.failed', { message: error.message })}</p>;
  const { edge, source, target, sources } = data;
  const [verb, verbEnd] = verbParts(edge.type, language, source);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind">
        {t('edge.kind')}
        {edge.authority ? ` · ${t('edge.authority')}` : ''}
      </p>
      <h2 id="details-title" ref={headingRef} tabIndex={-1}>
        <NodeLink node={source} onSelect={onSelect} /> <em>{verb}</em>{' '}
        <NodeLink node={target} onSelect={onSelect} />
        {verbEnd && <em> {verbEnd}</em>}
      </h2>
      <ClaimStrength basis={edge.basis} modality={edge.modality} modalityNote={edge.modalityNote} />
      {edge.note && <p className="note">{edge.note}</p>}
      <h3>{t('node.sources')}</h3>
      <EvidenceList items={sources} />
    </article>
  );
};
