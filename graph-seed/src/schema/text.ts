import { z } from 'zod';

// Invisible characters that change how a text reads or what a program does with it: C0 and
// C1 control characters other than tab and line breaks, and the bidirectional embedding,
// override and isolate controls (U+202A–U+202E, U+2066–U+2069), with which "evil" displays
// as "live" and a quote can be made to read as another.
const HIDDEN_CONTROL =
  // eslint-disable-next-line no-control-regex -- these are the characters it looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether a text is free of hidden controls; fails with the code point of the first one. */
const withoutHiddenControls = (value: string, context: z.core.$RefinementCtx<string>) => {
  const found = HIDDEN_CONTROL.exec(value);
  if (!found) return;
  context.addIssue({
    code: 'custom',
    message: `holds the invisible control character ${codePoint(found[0])} at position ${found.index + 1}: remove it (it changes how the text reads or what a spreadsheet does with it)`,
  });
};

/**
 * A text in the data (a name, a quote, a note): trimmed, not empty, and without invisible
 * control characters. `min` raises the least length, with the message to give.
 */
export const Text = (min?: { length: number; message: string }) =>
  z
    .string()
    .trim()
    .min(min?.length ?? 1, min?.message)
    .superRefine(withoutHiddenControls);
