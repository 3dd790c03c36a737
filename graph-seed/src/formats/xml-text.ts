// Characters XML 1.0 does not allow at all, even escaped: most control characters, lone
// surrogates and the two non-characters U+FFFE and U+FFFF.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters it looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data or an attribute value: escaped, characters XML cannot hold dropped. */
export const xmlText = (text: string): string =>
  text.replace(NOT_XML, '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
