/**
 * Keeps an IndexedDB transaction open while Web Crypto works.
 *
 * A transaction commits as soon as a task ends with no request pending, and a Web Crypto
 * promise settles in a later task. So while a row is sealed or opened, cheap dummy reads
 * (`get(-Infinity)`, a key no row has) are issued one after another on a store of the
 * transaction, and the result is handed back from inside the next dummy read's success
 * callback: the transaction is active there, in Chromium (microtasks run within the
 * event's dispatch) and in fake-indexeddb alike, so the caller's next request is
 * accepted. This is what Dexie.waitFor does, kept per transaction, for many waits at once.
 */

interface Spinner {
  waiting: number;
  /** Callbacks to run inside the next success callback. */
  ready: Array<() => void>;
  spinning: boolean;
}

const spinners = new WeakMap<IDBTransaction, Spinner>();

function isIdbTransaction(trans: unknown): trans is IDBTransaction {
  return typeof (trans as IDBTransaction | null)?.objectStore === 'function';
}

function flush(spinner: Spinner): void {
  const ready = spinner.ready.splice(0);
  for (const run of ready) run();
}

function spin(trans: IDBTransaction, storeName: string, spinner: Spinner): void {
  try {
    const request = trans.objectStore(storeName).get(-Infinity);
    spinner.spinning = true;
    request.onsuccess = () => {
      spinner.spinning = false;
      flush(spinner);
      if (spinner.waiting > 0 && !spinner.spinning) spin(trans, storeName, spinner);
    };
    // The transaction failed or was aborted: let every waiter go on, so its next request
    // reports the transaction's own error rather than hanging.
    request.onerror = (event) => {
      event.preventDefault();
      spinner.spinning = false;
      flush(spinner);
    };
  } catch {
    // The transaction has already finished; waiters run as they settle.
    spinner.spinning = false;
    flush(spinner);
  }
}

/**
 * Resolves as `work` does, but from inside a request callback of `trans`, so the
 * transaction is still active for whatever the caller does next. Call it from an
 * active context (a request callback or a microtask after one), as Dexie's own code is.
 */
export function keepAlive<T>(trans: unknown, storeName: string, work: Promise<T>): Promise<T> {
  if (!isIdbTransaction(trans)) return work;
  let spinner = spinners.get(trans);
  if (!spinner) {
    spinner = { waiting: 0, ready: [], spinning: false };
    spinners.set(trans, spinner);
  }
  const s = spinner;
  s.waiting += 1;
  const result = new Promise<T>((resolve, reject) => {
    const settle = (run: () => void) => {
      s.waiting -= 1;
      s.ready.push(run);
      // Nothing is spinning only when the transaction is gone; then run at once.
      if (!s.spinning) flush(s);
    };
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
  if (!s.spinning) spin(trans, storeName, s);
  return result;
}
