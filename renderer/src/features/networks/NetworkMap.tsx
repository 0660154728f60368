/**
 * The force-directed map, drawn by Cytoscape.js on a canvas (no WebGL) and laid out on the
 * main thread (no worker, so nothing new for the Content Security Policy); a big map is
 * shown as Cytoscape's picture of it until the reviewer zooms in (see mapView.ts).
 * Shape as well as colour tells the kinds apart. The same content is in the table.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { NetworkGraph, PlacedNode } from '../../domain/network/index.ts';
import { mapElements } from './mapOptions.ts';
import { createMapView, type MapView } from './mapView.ts';

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
}

export const NetworkMap = forwardRef<NetworkMapHandle, Props>(function NetworkMap({ graph, visible, label }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapView | null>(null);

  useImperativeHandle(ref, () => ({
    async png() {
      const blob = await map.current!.png();
      return new Uint8Array(await blob.arrayBuffer());
    },
    positions() {
      return map.current!.cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), x: n.position('x'), y: n.position('y') }));
    },
  }), []);

  useEffect(() => {
    placeholdStylesheet();
    const instance = createMapView(container.current!, mapElements(graph, visible));
    map.current = instance;
    return () => {
      instance.destroy();
      map.current = null;
    };
  }, [graph, visible]);

  return <div ref={container} className="app-network-map" role="img" aria-label={label} data-testid="network-map" />;
});
