/**
 * A hash router: the app is one static page (served from app:// or 127.0.0.1), so the
 * route lives after `#` and needs no server. Routes:
 *
 * - `#/`                                         the reviews
 * - `#/reviews/<id>`                             a review's overview, where it opens
 * - `#/security`                                 passphrase and locking settings
 * - `#/help`, `#/help/<page>`                     the user guide (docs/guide), bundled
 * - `#/training`                                 the training course: cohorts and participants
 * - `#/training/results`                         training results for training managers
 * - `#/training/attempts/<id>`                   a participant taking the course
 * - `#/frameworks`, `#/frameworks/<id>`          strategic frameworks, and one of them
 * - `#/reviews/<id>/<stage>`                     a stage of a review
 * - `#/reviews/<id>/engage/<engagementId>`       an engagement's notes, open for capture
 * - `#/reviews/<id>/analyse/<view>`              code | evidence | coverage | findings
 * - `#/reviews/<id>/analyse/code/<engagementId>` an engagement's notes, open for coding
 *
 * Any workspace route may end `?focus=<id>` (scroll to and focus the element whose id is
 * `item-<id>`: a passage, finding, recommendation or action, or a named field such as
 * `summary`) or `?at=<start>-<end>` (a range of the open notes, for a search match in
 * them). The evidence view may end `?theme=<themeId>[&sector=<sector>]` (its passages
 * narrowed so, from a coverage-map cell).
 */
import { useSyncExternalStore } from 'react';
import { SCREEN_IDS, type ScreenId } from './stages.ts';

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
  /** A stage, or `overview` (the page a review opens on). */
  stage: ScreenId;
  /** Only for the Analyse stage; absent means its first view, `code`. */
  view?: AnalyseView;
  /** Engage: the engagement whose notes are open. Analyse (view `code`): the one being coded. */
  engagementId?: string;
  /** The id of the item to bring into view (element id `item-<focus>`). */
  focus?: string;
  /** A range of the open engagement's notes to bring into view and select. */
  at?: NotesRange;
  /** Evidence: show the passages of a theme, and of one sector heard (or `unattributed`). */
  passages?: { themeId: string; sector?: string };
}

export type TrainingRoute = { page: 'training' } | { page: 'training-results' } | { page: 'training-attempt'; attemptId: string };
export type FrameworkRoute = { page: 'frameworks' } | { page: 'framework'; frameworkId: string };
export type Route = { page: 'reviews' } | { page: 'security' } | { page: 'help'; slug: string } | TrainingRoute | FrameworkRoute | WorkspaceRoute | { page: 'not-found' };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const WORKSPACE = new RegExp(`^/reviews/(${UUID})(?:/([a-z-]+)(?:/([a-z]+))?(?:/(${UUID}))?)?$`);
// An item's id, or the name of a field (lower-case words joined by hyphens).
const FOCUS = new RegExp(`^(?:${UUID}|[a-z]{1,20}(?:-[a-z]{1,20}){0,3})$`);
const ID = new RegExp(`^${UUID}$`);

function parseQuery(query: string): Pick<WorkspaceRoute, 'focus' | 'at' | 'passages'> | null {
  if (!query) return {};
  const params = new URLSearchParams(query);
  const keys = [...params.keys()];
  const themeId = params.get('theme');
  if (themeId !== null) {
    const sector = params.get('sector');
    const isValid = ID.test(themeId) && keys.length === (sector === null ? 1 : 2) && (sector === null || /^[a-z-]{1,40}$/.test(sector));
    return isValid ? { passages: { themeId, ...(sector !== null && { sector }) } } : null;
  }
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
  const help = /^\/help(?:\/([a-z][a-z-]{0,39}))?$/.exec(path);
  if (help && !query && extra.length === 0) return { page: 'help', slug: help[1] ?? 'index' };
  if (path === '/training' && !query && extra.length === 0) return { page: 'training' };
  if (path === '/training/results' && !query && extra.length === 0) return { page: 'training-results' };
  const attempt = new RegExp(`^/training/attempts/(${UUID})$`).exec(path);
  if (attempt && !query && extra.length === 0) return { page: 'training-attempt', attemptId: attempt[1]! };
  if (path === '/frameworks' && !query && extra.length === 0) return { page: 'frameworks' };
  const framework = new RegExp(`^/frameworks/(${UUID})$`).exec(path);
  if (framework && !query && extra.length === 0) return { page: 'framework', frameworkId: framework[1]! };
  const match = WORKSPACE.exec(path);
  const options = extra.length === 0 ? parseQuery(query) : null;
  if (!match || !options) return { page: 'not-found' };
  const [, reviewId, rawStage = 'overview', view, engagementId] = match;
  const stage = rawStage as ScreenId;
  if (!SCREEN_IDS.includes(stage)) return { page: 'not-found' };
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
  if (route.page === 'help') return route.slug === 'index' ? '#/help' : `#/help/${route.slug}`;
  if (route.page === 'training') return '#/training';
  if (route.page === 'training-results') return '#/training/results';
  if (route.page === 'training-attempt') return `#/training/attempts/${route.attemptId}`;
  if (route.page === 'frameworks') return '#/frameworks';
  if (route.page === 'framework') return `#/frameworks/${route.frameworkId}`;
  if (route.page !== 'workspace') return '#/';
  let path = route.stage === 'overview' ? `#/reviews/${route.reviewId}` : `#/reviews/${route.reviewId}/${route.stage}`;
  if (route.stage === 'analyse' && (route.view || route.engagementId)) path += `/${route.view ?? 'code'}`;
  if ((route.stage === 'engage' || route.stage === 'analyse') && route.engagementId) path += `/${route.engagementId}`;
  if (route.focus) return `${path}?focus=${route.focus}`;
  if (route.at) return `${path}?at=${route.at.start}-${route.at.end}`;
  if (route.passages) return `${path}?theme=${route.passages.themeId}${route.passages.sector ? `&sector=${route.passages.sector}` : ''}`;
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
