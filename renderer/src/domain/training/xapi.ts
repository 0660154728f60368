/**
 * Results as xAPI statements (JSON) that a learning record store can load later. Actors
 * are accounts named by participant code, never people. Activity ids are URNs under the
 * course, so nothing here points at a network address.
 */
import { attemptModules, attemptResult, type TrainingAttempt } from './attempt.ts';
import type { Course } from './courseSchema.ts';
import { answerKey, isRight } from './scoring.ts';

// xAPI's standard vocabulary: verb and activity-type identifiers under this namespace IRI,
// which a learning record store matches as text. It names, it is never fetched.
const ADL = 'http://adlnet.gov/expapi';
const VERB = (name: string) => ({ id: `${ADL}/verbs/${name}`, display: { 'en-GB': name } });
const ACTIVITY_TYPE = (name: string) => `${ADL}/activities/${name}`;
const HOME = 'urn:local-review:training';
const EXT_SECTOR = 'urn:local-review:training:extension:sector';
const EXT_ROLE = 'urn:local-review:training:extension:role';
const EXT_AGENCY = 'urn:local-review:training:extension:agency';

export interface XapiStatement {
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { name: Record<string, string>; type: string } };
  result?: { success?: boolean; completion?: boolean; response?: string; score?: { raw: number; min: number; max: number; scaled: number } };
  context: { registration: string; contextActivities: { parent?: Array<{ id: string }>; grouping: Array<{ id: string }> }; extensions: Record<string, string> };
  timestamp: string;
}

/** One "answered" statement per item answered, then "completed" and "passed" or "failed" for a finished attempt. */
export function xapiStatements(course: Course, attempts: readonly TrainingAttempt[]): XapiStatement[] {
  const courseIri = `${HOME}:${course.id}:v${course.version}`;
  const key = answerKey(course);
  const out: XapiStatement[] = [];
  for (const a of attempts) {
    const actor = { objectType: 'Agent' as const, account: { homePage: HOME, name: a.participant.code } };
    const context = (parent?: string) => ({
      registration: a.id,
      contextActivities: { ...(parent && { parent: [{ id: parent }] }), grouping: [{ id: courseIri }] },
      extensions: { [EXT_SECTOR]: a.participant.sector, [EXT_ROLE]: a.participant.role, ...(a.participant.agency && { [EXT_AGENCY]: a.participant.agency }) },
    });
    for (const module of attemptModules(course, a.moduleIds)) {
      const moduleIri = `${courseIri}:module:${module.id}`;
      const items = [
        ...module.questions.map((q) => ({ id: q.id, name: q.prompt, type: ACTIVITY_TYPE('cmi.interaction') })),
        ...module.scenarios.map((s) => ({ id: s.id, name: s.title, type: ACTIVITY_TYPE('simulation') })),
      ];
      for (const item of items) {
        const chosen = a.answers[item.id];
        if (!chosen) continue;
        out.push({
          actor, verb: VERB('answered'),
          object: { objectType: 'Activity', id: `${courseIri}:item:${item.id}`, definition: { name: { 'en-GB': item.name }, type: item.type } },
          result: { success: isRight(chosen, key[item.id] ?? []), response: chosen.join('[,]') },
          context: context(moduleIri), timestamp: a.updatedAt,
        });
      }
    }
    const result = attemptResult(course, a);
    if (!result.complete) continue;
    const score = { raw: result.score.correct, min: 0, max: result.score.total, scaled: result.score.total ? result.score.correct / result.score.total : 0 };
    const courseObject = { objectType: 'Activity' as const, id: courseIri, definition: { name: { 'en-GB': course.title }, type: ACTIVITY_TYPE('course') } };
    const at = a.completedAt ?? a.updatedAt;
    out.push({ actor, verb: VERB('completed'), object: courseObject, result: { completion: true, score }, context: context(), timestamp: at });
    out.push({ actor, verb: VERB(result.passed ? 'passed' : 'failed'), object: courseObject, result: { success: result.passed, score }, context: context(), timestamp: at });
  }
  return out;
}
