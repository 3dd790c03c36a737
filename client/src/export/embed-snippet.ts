/** How tall an embedded view is by default: a graph and its caption in an article. */
const EMBED_HEIGHT = 520;

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where a view is embedded: the embed page's address, and the view's query. */
export interface EmbedTarget {
  /** The read-only embed's page, e.g. `https://host/embed` (`…/embed/` on a static site). */
  readonly page: string;
  readonly search: string;
}

/** The address of a view's read-only embed: the same view, at the embed page. */
export const embedUrl = ({ page, search }: EmbedTarget): string => `${page}${search}`;

/**
 * The HTML that embeds a view in a page: an iframe of its read-only embed, as wide as the
 * column it is put in, titled for screen readers, loaded when scrolled to.
 */
export const embedSnippet = (target: EmbedTarget, title: string) =>
  `<iframe src="${escapeAttribute(embedUrl(target))}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
