/**
 * The explorer's colours and fonts, defined once and shared by the interface (as CSS custom
 * properties, see applyPalette), the graph canvas and both image exports, so a figure looks
 * like the screen it came from.
 */
export const palette = {
  /** Body text. */
  ink: '#111827',
  /** Secondary text: captions, counts, locators. */
  muted: '#6b7280',
  /** Disabled text, and the dashed line of a relationship that is not a line of authority. */
  faint: '#9ca3af',
  /** Hairlines between panels and list items. */
  line: '#e5e7eb',
  /** Borders of buttons and fields. */
  border: '#d1d5db',
  panel: '#ffffff',
  background: '#f8fafc',
  /** Hover on a plain button. */
  hover: '#f3f4f6',
  /** The title, and lines of authority that command. */
  authority: '#7f1d1d',
  /** Lines of authority that tell where authority comes from (part of, issued by, …). */
  provenance: '#8b6f9e',
  /** Traced chains and found paths. */
  trace: '#d97706',
  /** The selection and keyboard focus. */
  selection: '#f59e0b',
  /** Pressed toggles and the active item of a list. */
  selectionSoft: '#fef3c7',
  /** Text on a pressed toggle. */
  selectionInk: '#78350f',
  /** A quote's background, and its highlight in the source text. */
  quote: '#fffbeb',
  quoteMark: '#fde68a',
  /** A relationship's verb wherever it is read out. */
  verb: '#92400e',
  link: '#1d4ed8',
  /** The badge marking a line of authority. */
  authoritySoft: '#fee2e2',
  /** Errors. */
  danger: '#991b1b',
  dangerSoft: '#fef2f2',
  dangerBorder: '#fecaca',
  /** Shadows of menus and dialogs, and the veil behind a dialog. */
  shadow: 'rgb(0 0 0 / 0.12)',
  backdrop: 'rgb(15 23 42 / 0.4)',
  /** Canvas overlays that let the graph show through. */
  veil: 'rgb(248 250 252 / 0.9)',
} as const;

/** The colour of each node kind, on the canvas, in the legend, filters, search and exports. */
export const kindColours = {
  'party-organ': '#b91c1c',
  'state-organ': '#1d4ed8',
  document: '#a16207',
  meeting: '#475569',
  person: '#7c3aed',
  'governed-entity': '#15803d',
  process: '#0e7490',
} as const;

/**
 * Fonts: Latin text first, then CJK fonts for Chinese. No text may depend on which of these
 * is installed: every width is measured, never assumed.
 */
export const fonts = {
  ui: '"Inter", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
} as const;
