import type { Modality } from '../../vocabulary/modality';
import { issueAt, type IntegrityRule } from '../graph-records';

type Modal = Exclude<Modality, 'descriptive'>;
const MODALS: readonly Modal[] = ['must', 'should', 'may'];

/** Words that give a quote's modality away, in the English of the sources. */
const WORDING: Readonly<Record<Modal, RegExp>> = {
  must: /\b(must|shall|will be|are required|is required|requires)\b/i,
  should: /\b(should|need to|needs to)\b/i,
  may: /\b(may|can)\b/i,
};

/**
 * A warning, not an error: the quotes' wording plainly disagrees with the recorded modality —
 * they say "may" and nothing stronger while the record says "must", or they oblige while the
 * record says "may" or "states a fact". A person decides; wording alone does not settle it,
 * and a `modalityNote` saying why the wording binds something else answers the warning.
 */
export const modalityWording: IntegrityRule = ({ relationships }) =>
  relationships.flatMap((relationship) => {
    const { modality, modalityNote, evidence } = relationship.value;
    if (modalityNote) return [];
    const quotes = evidence.map((e) => e.quote).join(' ');
    const says = MODALS.filter((m) => WORDING[m].test(quotes));
    if (says.length === 0) return [];
    const agrees = modality !== 'descriptive' && says.includes(modality);
    const obliges = says.includes('must') || says.includes('should');
    const disagrees =
      !agrees &&
      ((modality === 'must' && !obliges) ||
        (modality === 'should' && !says.includes('should')) ||
        ((modality === 'may' || modality === 'descriptive') && obliges));
    return disagrees
      ? [
          issueAt(
            relationship,
            ['modality'],
            `recorded as "${modality}", but the quotes say "${says.join('", "')}": check the wording`,
          ),
        ]
      : [];
  });
