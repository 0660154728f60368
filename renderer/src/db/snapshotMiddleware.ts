/**
 * Hands every committed write to a review-file table over to the review snapshots
 * (reviewSnapshots.ts), as the plain rows written, once its transaction has committed:
 * a write that is rolled back never reaches a snapshot. It sits above encryption (so it
 * sees plain rows) and below Dexie's own middlewares (so it sees rows as finally stored,
 * after hooks, and every update as the full row Dexie writes).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { SNAPSHOT_TABLES, type CommittedWrite, type ReviewSnapshots } from './reviewSnapshots.ts';

/** What one mutate request did, given which of its operations failed. */
export function describeWrite(table: string, req: DBCoreMutateRequest, res: DBCoreMutateResponse): CommittedWrite {
  const failed = (i: number) => res.failures && i in res.failures;
  switch (req.type) {
    case 'add':
    case 'put':
      // The rows as given (applying a write copies what it keeps, so none is copied here:
      // an import writes tens of thousands of rows that no kept snapshot may need).
      return { table, type: 'put', rows: req.values.filter((_v, i) => !failed(i)) as Record<string, unknown>[] };
    case 'delete':
      return { table, type: 'delete', keys: req.keys.filter((_k, i) => !failed(i)) };
    default:
      // A key range (a cleared table) names no rows: the snapshots are read again.
      return { table, type: 'unfollowable' };
  }
}

export function snapshotMiddleware(snapshots: ReviewSnapshots): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'review-snapshots',
    // Above encryption (-10): plain rows. Below Dexie's own (the lowest is -1).
    level: -5,
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!SNAPSHOT_TABLES.has(name)) return table;
          return {
            ...table,
            mutate: (req) => table.mutate(req).then((res) => {
              snapshots.record(req.trans as object, describeWrite(name, req, res));
              return res;
            }),
          };
        },
      };
    },
  };
}
