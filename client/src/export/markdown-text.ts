import { isWebUrl } from '@pag/graph-seed';

// Characters that Markdown or the HTML inside it would interpret anywhere in a line.
const INLINE = /[\\`*_[\]<>&|~#!]/g;

/**
 * Text from the data as Markdown shows it literally, on one line: whitespace runs become a
 * space, and nothing in it can start a heading, list, link, image, HTML tag or entity.
 */
export const markdownText = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');

/** A web address as a Markdown autolink, or null for anything but http(s). */
export const markdownLink = (url: string | null | undefined): string | null =>
  isWebUrl(url) ? `<${new URL(url).href}>` : null;
