/**
 * A hash router: the app is one static page (served from app:// or 127.0.0.1), so the
 * route lives after `#` and needs no server. Routes:
 *
 * - `#/`                                         the reviews
 * - `#/security`                                 passphrase and locking settings
 * - `#/reviews/<id>/<stage>`                     a stage of a review
 * - `#/reviews/<id>/engage/<engagementId>`       an engagement's notes, open for capture
 * - `#/reviews/<id>/analyse/<view>`              code | evidence | coverage | findings
 * - `#/reviews/<id>/analyse/code/<engagementId>` an engagement's notes, open for coding
 *
 * Any workspace route may end `?focus=<id>` (scroll to and focus the element whose id is
 * `item-<id>`: a passage, finding, recommendation or action) or `?at=<start>-<end>` (a
 * range of the open notes, for a search match in them).
 */
import { useSyncExternalStore } from 'react';
import { STAGE_IDS, type StageId } from './stages.ts';

export const ANALYSE_VIEWS = ['code', 'evidence', 'coverage', 'findings'] as const;
export type AnalyseView = (typeof ANALYSE_VIEWS)[number];

/** A range of notes to show, from a search match: `start` inclusive, `end` exclusive. */
export interface NotesRange {
  start: number;
  end: number;
}

export interface WorkspaceRoute {
  page: 'workspace';
  reviewId: string;
  stage: StageId;
  /** Only for the Analyse stage; absent means its first view, `code`. */
  view?: AnalyseView;
  /** Engage: the engagement whose notes are open. Analyse (view `code`): the one being coded. */
  engagementId?: string;
  /** The id of the item to bring into view (element id `item-<focus>`). */
  focus?: string;
  /** A range of the open engagement's notes to bring into view and select. */
  at?: NotesRange;
}

export type Route = { page: 'reviews' } | { page: 'security' } | WorkspaceRoute | { page: 'not-found' };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const WORKSPACE = new RegExp(`^/reviews/(${UUID})(?:/([a-z-]+)(?:/([a-z]+))?(?:/(${UUID}))?)?$`);
const FOCUS = new RegExp(`^${UUID}$`);

function parseQuery(query: string): Pick<WorkspaceRoute, 'focus' | 'at'> | null {
  if (!query) return {};
  const params = new URLSearchParams(query);
  const keys = [...params.keys()];
  if (keys.length !== 1) return null;
  const focus = params.get('focus');
  if (focus !== null) return FOCUS.test(focus) ? { focus } : null;
  const at = /^(\d{1,9})-(\d{1,9})$/.exec(params.get('at') ?? '');
  if (!at) return null;
  const start = Number(at[1]);
  const end = Number(at[2]);
  return end > start ? { at: { start, end } } : null;
}

/** Parses a location hash into a route. Pure, so it is unit-tested. */
export function parseRoute(hash: string): Route {
  const [path = '', query = '', ...extra] = (hash.replace(/^#/, '') || '/').split('?');
  if (path === '/' && !query && extra.length === 0) return { page: 'reviews' };
  if (path === '/security' && !query && extra.length === 0) return { page: 'security' };
  const match = WORKSPACE.exec(path);
  const options = extra.length === 0 ? parseQuery(query) : null;
  if (!match || !options) return { page: 'not-found' };
  const [, reviewId, rawStage = 'scope', view, engagementId] = match;
  const stage = rawStage as StageId;
  if (!STAGE_IDS.includes(stage)) return { page: 'not-found' };
  const route: WorkspaceRoute = { page: 'workspace', reviewId: reviewId!, stage, ...options };
  if (stage === 'engage' && !view) return engagementId ? { ...route, engagementId } : route;
  if (stage === 'analyse' && (ANALYSE_VIEWS as readonly string[]).includes(view ?? 'code')) {
    if (engagementId && view !== 'code') return { page: 'not-found' };
    return { ...route, ...(view && { view: view as AnalyseView }), ...(engagementId && { engagementId }) };
  }
  return view || engagementId ? { page: 'not-found' } : route;
}

export function hrefFor(route: Route): string {
  if (route.page === 'security') return '#/security';
  if (route.page !== 'workspace') return '#/';
  let path = `#/reviews/${route.reviewId}/${route.stage}`;
  if (route.stage === 'analyse' && (route.view || route.engagementId)) path += `/${route.view ?? 'code'}`;
  if ((route.stage === 'engage' || route.stage === 'analyse') && route.engagementId) path += `/${route.engagementId}`;
  if (route.focus) return `${path}?focus=${route.focus}`;
  if (route.at) return `${path}?at=${route.at.start}-${route.at.end}`;
  return path;
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
