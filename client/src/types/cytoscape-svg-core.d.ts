import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** The graph as an SVG document (added by cytoscape-svg). */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
