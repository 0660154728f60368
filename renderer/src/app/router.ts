/**
 * A hash router: the app is one static page (served from app:// or 127.0.0.1), so the
 * route lives after `#` and needs no server. Routes: `#/` and `#/reviews/<id>/<stage>`.
 */
import { useSyncExternalStore } from 'react';
import { STAGE_IDS, type StageId } from './stages.ts';

export type Route =
  | { page: 'reviews' }
  | { page: 'workspace'; reviewId: string; stage: StageId }
  | { page: 'not-found' };

/** Parses a location hash into a route. Pure, so it is unit-tested. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { page: 'reviews' };
  const match = /^\/reviews\/([0-9a-f-]{36})(?:\/([a-z-]+))?$/.exec(path);
  if (match) {
    const stage = (match[2] ?? 'scope') as StageId;
    if (STAGE_IDS.includes(stage)) return { page: 'workspace', reviewId: match[1]!, stage };
  }
  return { page: 'not-found' };
}

export function hrefFor(route: Route): string {
  return route.page === 'workspace' ? `#/reviews/${route.reviewId}/${route.stage}` : '#/';
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route).slice(1);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
