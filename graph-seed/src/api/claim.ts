import { z } from 'zod';
import { Basis } from '../vocabulary/basis';
import { Modality } from '../vocabulary/modality';

/** How strongly a relationship's evidence supports it, as every API shape carries it. */
export const ClaimFields = {
  basis: Basis.describe('What kind of statement supports the relationship'),
  modality: Modality.describe(
    'How strongly that statement is worded: must, should, may, or a fact',
  ),
};

/** The same, with the editors' word on a modality that differs from the quotes' wording. */
export const ClaimDetailFields = {
  ...ClaimFields,
  modalityNote: z
    .string()
    .nullable()
    .describe("Why the recorded modality differs from the quotes' wording, where it does"),
};
