/**
 * A hash router: the app is one static page (served from app:// or 127.0.0.1), so the
 * route lives after `#` and needs no server. Routes: `#/`, `#/reviews/<id>/<stage>` and
 * `#/reviews/<id>/engage/<engagementId>` (an engagement's notes).
 */
import { useSyncExternalStore } from 'react';
import { STAGE_IDS, type StageId } from './stages.ts';

export type Route =
  | { page: 'reviews' }
  | { page: 'workspace'; reviewId: string; stage: StageId; engagementId?: string }
  | { page: 'not-found' };

/** Parses a location hash into a route. Pure, so it is unit-tested. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { page: 'reviews' };
  const match = /^\/reviews\/([0-9a-f-]{36})(?:\/([a-z-]+)(?:\/([0-9a-f-]{36}))?)?$/.exec(path);
  if (match) {
    const stage = (match[2] ?? 'scope') as StageId;
    const engagementId = match[3];
    if (engagementId !== undefined && stage !== 'engage') return { page: 'not-found' };
    if (STAGE_IDS.includes(stage)) return { page: 'workspace', reviewId: match[1]!, stage, ...(engagementId && { engagementId }) };
  }
  return { page: 'not-found' };
}

export function hrefFor(route: Route): string {
  if (route.page !== 'workspace') return '#/';
  const engagement = route.stage === 'engage' && route.engagementId ? `/${route.engagementId}` : '';
  return `#/reviews/${route.reviewId}/${route.stage}${engagement}`;
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
