import { snapshotFile } from '@pag/graph-seed';

/**
 * Whether this build reads a published snapshot, a static site of the API's answers as files
 * (`pnpm publish:static`), rather than the API.
 */
export const SNAPSHOT = import.meta.env.VITE_SNAPSHOT === 'true';

/**
 * The address of the site's root, ending in `/`: where the server is, or, for a static site
 * served at any path, the folder above the script's own (`assets/`).
 */
export const siteRoot = (): string =>
  SNAPSHOT ? new URL('../', import.meta.url).href : `${window.location.origin}/`;

/** The address of a file of the snapshot, e.g. `api/search-index.json`. */
export const snapshotFileUrl = (file: string): string => new URL(file, siteRoot()).href;

/** Where a static site holds the answer to an API request, or null when it holds none. */
export const snapshotUrl = (url: string): string | null => {
  const file = snapshotFile(url);
  return file ? snapshotFileUrl(file) : null;
};

/** The read-only embed's page: /embed, or on a static site its embed/ folder. */
export const embedPage = (): string => `${siteRoot()}${SNAPSHOT ? 'embed/' : 'embed'}`;
