/**
 * The force-directed map, drawn by Cytoscape.js on a canvas (no WebGL) and laid out on the
 * main thread (no worker, so nothing new for the Content Security Policy); a big map is
 * shown as Cytoscape's picture of it until the reviewer zooms in (see mapView.ts).
 * Shape as well as colour tells the kinds apart. The same content is in the table.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { NetworkGraph, PlacedNode } from '../../domain/network/index.ts';
import { KEY_ZOOM_FACTOR, mapMoveForKey, type MapMove } from '../../domain/network/viewport.ts';
import { Button } from '../../components/Button.tsx';
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
  move(move: MapMove): void;
}

interface Props {
  graph: NetworkGraph;
  /** The ids to show. */
  visible: ReadonlySet<string>;
  label: string;
  /** The id of the text that says how to move the map from the keyboard. */
  describedBy?: string;
}

export const NetworkMap = forwardRef<NetworkMapHandle, Props>(function NetworkMap({ graph, visible, label, describedBy }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapView | null>(null);

  useImperativeHandle(ref, () => ({
    async png() {
      const blob = await map.current!.png();
      return new Uint8Array(await blob.arrayBuffer());
    },
    move(move) {
      map.current?.move(move);
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

  // Focusable, so the arrow keys, + and − and 0 move it as dragging and the wheel do.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = mapMoveForKey(event.key);
    if (!move) return;
    event.preventDefault();
    map.current?.move(move);
  };

  return <div ref={container} className="app-network-map" role="img" aria-label={label} aria-describedby={describedBy} tabIndex={0} onKeyDown={onKeyDown} data-testid="network-map" />;
});

/** Buttons that move the map, for those who use neither a mouse nor the map's keys. */
export function MapControls({ map, hintId }: { map: RefObject<NetworkMapHandle | null>; hintId: string }) {
  const move = (m: MapMove) => map.current?.move(m);
  return (
    <div className="app-network-map__controls">
      <p className="govuk-hint govuk-!-margin-bottom-2" id={hintId}>Drag the map to move it and use the mouse wheel to zoom, or select the map and use the arrow keys, + and − to zoom and 0 to show it all.</p>
      <div className="govuk-button-group govuk-!-margin-bottom-2">
        <Button variant="secondary" isSmall onClick={() => move({ kind: 'zoom', factor: KEY_ZOOM_FACTOR })}>Zoom in</Button>
        <Button variant="secondary" isSmall onClick={() => move({ kind: 'zoom', factor: 1 / KEY_ZOOM_FACTOR })}>Zoom out</Button>
        <Button variant="secondary" isSmall onClick={() => move({ kind: 'fit' })}>Show the whole map</Button>
      </div>
    </div>
  );
}
