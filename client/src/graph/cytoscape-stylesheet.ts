const STYLESHEET_ID = '__________cytoscape_stylesheet';

/**
 * Cytoscape adds a `<style>` element to the page (its container's `position: relative`)
 * unless an element with this id is already there. The Content-Security-Policy refuses inline
 * styles, so GraphCanvas.css holds that rule and this marks it as present: call it before
 * creating the Cytoscape instance.
 */
export const provideCytoscapeStylesheet = (): void => {
  if (document.getElementById(STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = STYLESHEET_ID;
  document.head.append(marker);
};
