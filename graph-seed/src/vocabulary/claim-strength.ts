import { basisStrength, type Basis } from './basis';
import { modalityStrength, type Modality } from './modality';

/** How strongly a source supports a claim: what kind of statement, and how it is worded. */
export interface ClaimStrength {
  readonly basis: Basis;
  readonly modality: Modality;
}

/**
 * Orders two claims by strength, weaker first (negative when `a` is weaker): the basis
 * decides, then the wording. A provision that says "may" is weaker than one that says "must";
 * an author's reading is weaker than any provision, whatever its wording.
 */
export const compareStrength = (a: ClaimStrength, b: ClaimStrength): number =>
  basisStrength(a.basis) - basisStrength(b.basis) ||
  modalityStrength(a.modality) - modalityStrength(b.modality);

/** The weakest of some claims — a chain is no stronger than it — or undefined for none. */
export const weakestOf = <T extends ClaimStrength>(claims: readonly T[]): T | undefined =>
  claims.reduce<T | undefined>(
    (weakest, claim) => (!weakest || compareStrength(claim, weakest) < 0 ? claim : weakest),
    undefined,
  );
