/**
 * Runs in the bench page (bundled by esbuild, styled by the app's own networks.scss): the
 * map as the app builds and shows it (features/networks/mapOptions.ts and mapView.ts) over
 * the generated network, with long tasks recorded.
 */
import { networkGraph, parseNetworkCsv, type NetworkFiles } from '../../renderer/src/domain/network/index.ts';
import { mapElements } from '../../renderer/src/features/networks/mapOptions.ts';
import { createMapView, type MapView } from '../../renderer/src/features/networks/mapView.ts';

const longTasks: number[] = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: false });

let current: MapView | null = null;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

Object.assign(globalThis, {
  /** Lays out a fresh map; resolves with the time to the first frame drawn once it can be seen. */
  async drawNetworkMap(files: NetworkFiles): Promise<number> {
    current?.destroy();
    document.body.replaceChildren();
    const container = document.createElement('div');
    container.id = 'map';
    container.className = 'app-network-map';
    container.setAttribute('style', 'width:1200px;height:800px');
    document.body.append(container);
    const graph = networkGraph(parseNetworkCsv(files));
    const visible = new Set(graph.nodes.map((n) => n.id));
    const started = performance.now();
    current = createMapView(container, mapElements(graph, visible));
    await current.ready;
    await nextFrame();
    await nextFrame();
    return performance.now() - started;
  },
  /** Which view shows now: 'picture' or 'live'. */
  mapShowing(): string {
    return current?.showing ?? 'none';
  },
  /** Forgets long tasks so far (call after the layout). */
  resetLongTasks(): void {
    longTasks.length = 0;
  },
  /** Long tasks since the reset, after the frames in flight are drawn. */
  async longTasksSinceReset(): Promise<number[]> {
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 200));
    return [...longTasks];
  },
});
