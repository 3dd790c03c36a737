import {
  writeFileFormat,
  type ExportAbout,
  type FileFormat,
  type GraphElements,
  type ViewRecords,
} from '@pag/graph-seed';
import { fetchViewRecords } from '../api/graph-api';

/**
 * A file of the view in a format other tools read: its records (with the evidence, which the
 * view's elements do not hold) fetched from the server, then written by graph-seed's formats.
 */
export const graphFile = async (
  view: GraphElements,
  format: FileFormat,
  about: ExportAbout,
): Promise<{ text: string; records: ViewRecords }> => {
  const records = await fetchViewRecords(view);
  return { text: writeFileFormat(records, format, about), records };
};
