import { z } from 'zod';
import { Id } from './id';
import { PartialDate } from './partial-date';
import { WebUrl } from './web-url';
import { Text } from './text';

/**
 * What a source is. `synthetic` marks the generator of the scale-test graph (`pnpm graph
 * synth`): its records state nothing about any real organization, and never enter the data files.
 */
export const SourceType = z.enum(['working-paper', 'web-article', 'party-document', 'synthetic']);
export type SourceType = z.infer<typeof SourceType>;

/**
 * A source that evidence cites: the working paper, a web article named in one of its
 * footnotes, or a Party document such as the Constitution.
 */
export const Source = z
  .object({
    id: Id,
    type: SourceType,
    title: Text().describe('Title in English'),
    titleZh: Text().optional().describe('Title in Chinese, where known'),
    author: Text().optional(),
    publisher: Text().optional(),
    date: PartialDate.optional().describe('Publication date, as precise as known'),
    url: WebUrl.optional().describe('Where the original can be read'),
    textFile: z
      .string()
      .regex(/^[\w.-]+$/, 'must be a plain file name inside data/texts/')
      .optional()
      .describe('File under data/texts/ holding the stored text of the source'),
    citedIn: Id.optional().describe(
      'For a source known only through another (a footnote URL in the working paper): the id of the citing source, whose stored text holds the quotes',
    ),
  })
  .strict();
export type Source = z.infer<typeof Source>;
