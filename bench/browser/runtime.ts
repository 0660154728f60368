/**
 * The bench's one piece of code that lives in the page, installed before the app's own
 * scripts in every document. It only observes: nothing here changes what the app does.
 *
 * `afterPaint(then)` calls back once the frame showing the current DOM has been
 * produced: a requestAnimationFrame callback runs just before the browser renders the
 * frame, and a message posted from it is handled as the next task, after that frame.
 * Every "on screen" time in the bench is taken this way, in page time
 * (performance.now(), whose origin is the navigation's start), so Playwright's own
 * round trips never count.
 */
export interface BenchRuntime {
  afterPaint(then: (paintedAt: number) => void): void;
  /** Resolves with the paint time once `ready()` is true after a DOM change (or at once if it is already). */
  whenOnScreen(ready: () => boolean, root?: Node): Promise<number>;
}

declare global {
  interface Window { __bench: BenchRuntime }
}

/** Passed to addInitScript, so it must not refer to anything outside itself. */
export function installBenchRuntime(): void {
  const afterPaint = (then: (paintedAt: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        then(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };
  const whenOnScreen = (ready: () => boolean, root: Node = document) => new Promise<number>((resolve) => {
    if (ready()) return afterPaint(resolve);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      afterPaint(resolve);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
  window.__bench = { afterPaint, whenOnScreen };
}
