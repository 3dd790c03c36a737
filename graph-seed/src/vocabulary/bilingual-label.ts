/**
 * A term of the model's vocabulary (a node kind, a relationship type, a document type or
 * status) in both languages. Terms have labels; the things in the graph have names.
 */
export interface BilingualLabel {
  readonly label: string;
  readonly labelZh: string;
}
