/**
 * The force-directed map, drawn by Cytoscape.js on a canvas (no WebGL) and laid out by
 * fCoSE on the main thread (no worker, so nothing new for the Content Security Policy).
 * Shape as well as colour tells the kinds apart. The same content is in the table.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { NODE_STYLES, type NetworkGraph, type PlacedNode } from '../../domain/network/index.ts';

cytoscape.use(fcose);

// Cytoscape adds a <style> element to the page the first time it draws, unless an element
// with this id exists. The app's policy (style-src 'self') blocks inline styles, and the
// rule it would add (position: relative on the container) is in networks.scss, so a
// placeholder with the id stands in for it: no policy change and no console error.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
function placeholdStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const meta = document.createElement('meta');
  meta.id = CYTOSCAPE_STYLESHEET_ID;
  meta.name = 'cytoscape-stylesheet';
  document.head.append(meta);
}

export interface NetworkMapHandle {
  png(): Promise<Uint8Array>;
  positions(): PlacedNode[];
}

interface Props {
  graph: NetworkGraph;
  /** The ids to show. */
  visible: ReadonlySet<string>;
  label: string;
  onLaidOut?: (ms: number) => void;
}

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#0b0c0c', width: 16, height: 16, 'min-zoomed-font-size': 6 } },
  ...(Object.entries(NODE_STYLES) as Array<[string, (typeof NODE_STYLES)[keyof typeof NODE_STYLES]]>).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`, style: { shape: s.shape, 'background-color': s.colour },
  })),
  { selector: 'edge', style: { width: 1, 'line-color': '#b1b4b6', 'curve-style': 'haystack' } },
];

export const NetworkMap = forwardRef<NetworkMapHandle, Props>(function NetworkMap({ graph, visible, label, onLaidOut }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  useImperativeHandle(ref, () => ({
    async png() {
      const blob = cy.current!.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
      return new Uint8Array(await blob.arrayBuffer());
    },
    positions() {
      return cy.current!.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), x: n.position('x'), y: n.position('y') }));
    },
  }), []);

  useEffect(() => {
    placeholdStylesheet();
    const elements: cytoscape.ElementDefinition[] = [];
    for (const node of graph.nodes) if (visible.has(node.id)) elements.push({ data: { id: node.id, label: node.label, kind: node.kind } });
    graph.edges.forEach(([a, b], i) => {
      if (visible.has(a) && visible.has(b)) elements.push({ data: { id: `e${i}`, source: a, target: b } });
    });
    const started = performance.now();
    const instance = cytoscape({
      container: container.current,
      elements,
      style: STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      // Faster drawing of big maps while panning and zooming.
      textureOnViewport: elements.length > 2000,
      hideEdgesOnViewport: elements.length > 2000,
      layout: {
        name: 'fcose', animate: false, randomize: true, quality: elements.length > 1500 ? 'draft' : 'default', nodeDimensionsIncludeLabels: false,
      } as cytoscape.LayoutOptions,
    });
    cy.current = instance;
    onLaidOut?.(performance.now() - started);
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [graph, visible, onLaidOut]);

  return <div ref={container} className="app-network-map" role="img" aria-label={label} data-testid="network-map" />;
});
