/**
 * The map's Cytoscape set-up, shared by the screen (NetworkMap.tsx) and the Chromium
 * bench (bench/browser/networkPage.ts), so the bench measures what the app runs.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutNetwork, NODE_STYLES, type NetworkGraph } from '../../domain/network/index.ts';

cytoscape.use(fcose);

export const MAP_STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#0b0c0c', width: 16, height: 16, 'min-zoomed-font-size': 6 } },
  ...(Object.entries(NODE_STYLES) as Array<[string, (typeof NODE_STYLES)[keyof typeof NODE_STYLES]]>).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`, style: { shape: s.shape, 'background-color': s.colour },
  })),
  { selector: 'edge', style: { width: 1, 'line-color': '#b1b4b6', 'curve-style': 'haystack' } },
];

/**
 * A big map's style: no labels at all (not even a mapping later hidden), since working out
 * each element's style is most of the cost of creating the map.
 */
const BIG_MAP_STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { width: 16, height: 16 } },
  ...MAP_STYLE.slice(1),
];

/** Above this many nodes the map is laid out by the app's own grid-accelerated force layout (fCoSE is too slow there). */
export const BIG_MAP_NODES = 800;

/**
 * The elements for the nodes in `visible` and the edges between them. A big map gets its
 * positions from layoutNetwork (force-directed, near-linear per step); a small one is
 * laid out by fCoSE when the map is created.
 */
export function mapElements(graph: NetworkGraph, visible: ReadonlySet<string>): cytoscape.ElementDefinition[] {
  const elements: cytoscape.ElementDefinition[] = [];
  const shown = graph.nodes.filter((node) => visible.has(node.id));
  const positions = shown.length > BIG_MAP_NODES ? new Map(layoutNetwork(graph, visible, 60).map((p) => [p.id, { x: p.x, y: p.y }])) : null;
  for (const node of shown) elements.push({ data: { id: node.id, label: node.label, kind: node.kind }, ...(positions && { position: positions.get(node.id)! }) });
  graph.edges.forEach(([a, b], i) => {
    if (visible.has(a) && visible.has(b)) elements.push({ data: { id: `e${i}`, source: a, target: b } });
  });
  return elements;
}

/** Creates the map in `container` and lays it out (on the main thread: no worker, so nothing new for the CSP). */
export function createMap(container: HTMLElement, elements: cytoscape.ElementDefinition[]): cytoscape.Core {
  const placed = elements.length > 0 && elements[0]!.position !== undefined;
  return cytoscape({
    container,
    elements,
    // A big map draws no labels (thousands of text textures stall a software canvas); the
    // table and the focus filter give the names of what is there.
    style: placed ? BIG_MAP_STYLE : MAP_STYLE,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    // Big maps draw a cached texture, without edges or labels, while panning and zooming.
    textureOnViewport: placed,
    hideEdgesOnViewport: placed,
    hideLabelsOnViewport: placed,
    motionBlur: false,
    ...(placed && { pixelRatio: 1 }),
    layout: placed ? { name: 'preset', fit: true } : { name: 'fcose', animate: false, randomize: true } as cytoscape.LayoutOptions,
  });
}
