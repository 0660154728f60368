/**
 * Runs in the bench page (bundled by esbuild): the map as the app builds it
 * (features/networks/mapOptions.ts) over the generated network, with long tasks recorded.
 */
import { networkGraph, parseNetworkCsv, type NetworkFiles } from '../../renderer/src/domain/network/index.ts';
import { createMap, mapElements } from '../../renderer/src/features/networks/mapOptions.ts';

const longTasks: number[] = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: false });

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

Object.assign(globalThis, {
  /** Lays out a fresh map; resolves with the time to the first frame drawn after layout. */
  async drawNetworkMap(files: NetworkFiles): Promise<number> {
    document.body.replaceChildren();
    const container = document.createElement('div');
    container.id = 'map';
    container.setAttribute('style', 'position:relative;width:1200px;height:800px');
    document.body.append(container);
    const graph = networkGraph(parseNetworkCsv(files));
    const visible = new Set(graph.nodes.map((n) => n.id));
    const started = performance.now();
    createMap(container, mapElements(graph, visible));
    await nextFrame();
    await nextFrame();
    return performance.now() - started;
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
