/** How tall an embedded view is by default: a graph and its caption in an article. */
const EMBED_HEIGHT = 520;

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The address of a view's read-only embed: the same view, at /embed. */
export const embedUrl = (location: Pick<Location, 'origin' | 'search'>): string =>
  `${location.origin}/embed${location.search}`;

/**
 * The HTML that embeds a view in a page: an iframe of its read-only embed, as wide as the
 * column it is put in, titled for screen readers, loaded when scrolled to.
 */
export const embedSnippet = (location: Pick<Location, 'origin' | 'search'>, title: string) =>
  `<iframe src="${escapeAttribute(embedUrl(location))}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
