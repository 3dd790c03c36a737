import { z } from 'zod';
import { Basis, Id, LIST_PARAMETER_ITEMS_MAX, NodeKind, RelationshipType } from '@pag/graph-seed';

/** `:id` path parameter: a well-formed id (an unknown one is a 404, a malformed one a 400). */
export const IdParams = z.object({ id: Id.meta({ example: 'social-organizations' }) });

/** A comma-separated query parameter read as a list of enum values. */
const commaList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(item).max(LIST_PARAMETER_ITEMS_MAX),
  );

export const NodeKindList = commaList(NodeKind).describe('Comma-separated node kinds');
export const RelationshipTypeList = commaList(RelationshipType).describe(
  'Comma-separated relationship types',
);

/** The kinds of statement every hop must rest on, e.g. `provision,official-report`. */
export const BasisList = commaList(Basis).describe(
  'Comma-separated bases: only chains whose every hop rests on one of them (provision, official-report, title-inference, commentary, author-reading)',
);
