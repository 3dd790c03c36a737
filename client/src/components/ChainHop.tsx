import { useTranslation } from 'react-i18next';
import { hopKind, type Hop } from '@pag/graph-seed';
import { useLanguage } from '../i18n/use-language';
import { nodeName, verbParts, type Named } from '../i18n/names';
import { ClaimStrength } from './ClaimStrength';
import { EvidenceList } from './EvidenceList';

interface ChainHopProps {
  readonly hop: Hop;
  /** The chains' nodes, by id, for their names. */
  readonly nodes: ReadonlyMap<string, Named>;
  /** Whether to say when the hop points back along the path (on a path over any relationship). */
  readonly marksAgainst: boolean;
}

/**
 * One hop of a chain, as its relationship reads along the arrow ("Party groups lead social
 * organizations"), marked when it tells where authority comes from or points back along the
 * path, with how strongly it is sourced, its caveat and its evidence.
 */
export const ChainHop = ({ hop, nodes, marksAgainst }: ChainHopProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? nodeName(node, language) : id;
  };
  const [verb, verbEnd] = verbParts(hop.type, language, nodes.get(hop.source));
  return (
    <>
      <p className={`hop hop-${hopKind(hop.type) ?? 'other'}`}>
        <strong>{name(hop.source)}</strong> <span className="hop-type">{verb}</span>{' '}
        <strong>{name(hop.target)}</strong>
        {verbEnd && <span className="hop-type"> {verbEnd}</span>}
        {hopKind(hop.type) === 'provenance' && (
          <span className="hop-provenance-tag"> {t('chains.provenance')}</span>
        )}
        {marksAgainst && !hop.forward && (
          <span className="hop-against"> {t('chains.against')}</span>
        )}
      </p>
      <ClaimStrength basis={hop.basis} modality={hop.modality} modalityNote={hop.modalityNote} />
      {hop.note && <p className="note">{hop.note}</p>}
      <EvidenceList items={hop.sources} />
    </>
  );
};
