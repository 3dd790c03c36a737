// cytoscape-svg ships no types: the extension itself. `cy.svg()` is in cytoscape-svg-core.d.ts.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
