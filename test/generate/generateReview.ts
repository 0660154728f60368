/**
 * Deterministic synthetic reviews for scale tests and benchmarks. The same options give
 * the same file, byte for byte, on every machine: a seeded generator, fixed ids, fixed
 * dates. Scale S is a real review's size; L is 300 engagements with ~1,500 words of
 * notes each, ~15 coded passages per engagement, ~750 findings, ~200 recommendations
 * and 3 actions each; XL is ten times L. Every file is a valid v1 review file.
 */
import {
  ACTION_STATUSES, ENGAGEMENT_KINDS, FINDING_KINDS, PRIORITIES, SECTORS, TIMESCALES, EXCERPT_KINDS,
  type Action, type Agency, type Engagement, type Excerpt, type Finding, type Recommendation, type ReviewFile, type Theme,
} from '../../renderer/src/domain/reviewFile.ts';

export interface GenerateOptions {
  engagements: number;
  wordsPerEngagement?: number;
  passagesPerEngagement?: number;
  seed?: number;
}

export const SCALES = {
  S: { engagements: 16, wordsPerEngagement: 900, passagesPerEngagement: 3 },
  L: { engagements: 300 },
  XL: { engagements: 3000 },
} as const satisfies Record<string, GenerateOptions>;

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const id = (group: number, n: number) => `00000000-0000-4000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
const SUBJECTS = ['The school', 'Children’s social care', 'The youth offending team', 'Neighbourhood policing', 'The A&E team', 'Housing officers', 'Youth workers', 'The exploitation hub', 'Parents', 'Detached workers', 'The MACE panel', 'Health visitors'];
const VERBS = ['shares', 'rarely sees', 'waits weeks for', 'escalates', 'misses', 'records', 'follows up', 'struggles to get', 'builds trust through', 'hears about'];
const OBJECTS = ['referrals about county lines', 'missing-episode returns', 'exclusion data', 'intelligence on the station', 'safety plans', 'contextual safeguarding maps', 'after-school sessions', 'transition support in Year 7', 'knife-crime education', 'information from the night-time economy'];
const TAILS = ['when the case is open', 'after the weekend', 'in the east of the borough', 'once a term', 'because the form is long', 'through the weekly meeting', 'without a named lead', 'for young people aged 12 to 17'];
const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const date = (day: number) => new Date(Date.UTC(2026, 0, 5) + day * 86_400_000).toISOString().slice(0, 10);

export function generateReview(options: GenerateOptions): ReviewFile {
  const { engagements: count, wordsPerEngagement = 1500, passagesPerEngagement = 15, seed = 1 } = options;
  const next = random(seed);
  const reviewers = [1, 2, 3].map((n) => ({ id: id(1, n), name: `Reviewer ${n}`, role: n === 1 ? 'Lead reviewer' : 'Reviewer' }));
  const agencies: Agency[] = Array.from({ length: 40 }, (_, i) => ({ id: id(2, i + 1), name: `Agency ${i + 1}`, sector: SECTORS[i % SECTORS.length]! }));
  const themes: Theme[] = Array.from({ length: 30 }, (_, i) => ({
    id: id(3, i + 1), name: `Theme ${i + 1}`, order: i % 15, ...(i >= 15 && { parentId: id(3, (i % 15) + 1) }),
  }));
  const engagements: Engagement[] = [];
  const excerpts: Excerpt[] = [];
  for (let e = 0; e < count; e++) {
    const sentences: string[] = [];
    let words = 0;
    while (words < wordsPerEngagement) {
      const sentence = `${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)} ${pick(next, TAILS)}.`;
      sentences.push(sentence);
      words += sentence.split(' ').length;
    }
    const notes = sentences.join(' ');
    const engagementId = id(4, e + 1);
    engagements.push({
      id: engagementId, kind: ENGAGEMENT_KINDS[e % ENGAGEMENT_KINDS.length]!, title: `Engagement ${e + 1}`, date: date(e % 90),
      agencyIds: [agencies[e % 40]!.id, ...(e % 3 === 0 ? [agencies[(e * 7 + 3) % 40]!.id] : [])],
      roles: ['Practitioner', 'Team manager'], participantCount: 1 + (e % 12), reviewerIds: [reviewers[e % 3]!.id], notes, durationMinutes: 60 + (e % 4) * 15,
    });
    // Passages are whole sentences spread evenly through the notes.
    const step = Math.max(1, Math.floor(sentences.length / passagesPerEngagement));
    let offset = 0;
    sentences.forEach((sentence, s) => {
      if (s % step === 0 && s / step < passagesPerEngagement) {
        excerpts.push({
          id: id(5, excerpts.length + 1), engagementId, start: offset, end: offset + sentence.length, text: sentence,
          themeIds: [themes[Math.floor(next() * themes.length)]!.id], kind: pick(next, EXCERPT_KINDS), isQuote: next() < 0.35,
        });
      }
      offset += sentence.length + 1;
    });
  }
  const findings: Finding[] = Array.from({ length: Math.round(count * 2.5) }, (_, f) => ({
    id: id(6, f + 1), themeId: themes[f % themes.length]!.id, kind: FINDING_KINDS[f % FINDING_KINDS.length]!,
    title: `Finding ${f + 1}: ${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)}`, detail: `${pick(next, TAILS)}.`,
    excerptIds: [...new Set(Array.from({ length: 1 + Math.floor(next() * 6) }, () => excerpts[Math.floor(next() * excerpts.length)]!.id))],
    order: Math.floor(f / themes.length),
  }));
  const recommendations: Recommendation[] = Array.from({ length: Math.round(count * 2 / 3) }, (_, r) => ({
    id: id(7, r + 1), number: r + 1, title: `Recommendation ${r + 1}: improve ${pick(next, OBJECTS)}`, detail: `Partners should act ${pick(next, TAILS)}.`,
    findingIds: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => findings[Math.floor(next() * findings.length)]!.id))],
    leadAgencyId: agencies[r % 40]!.id, partnerAgencyIds: [agencies[(r + 5) % 40]!.id], priority: PRIORITIES[r % 3]!, timescale: TIMESCALES[r % 5]!,
    successMeasure: 'Fewer missed referrals within a year',
  }));
  const actions: Action[] = recommendations.flatMap((rec, r) => [0, 1, 2].map((a) => {
    const status = ACTION_STATUSES[(r + a) % ACTION_STATUSES.length]!;
    return {
      id: id(8, r * 3 + a + 1), recommendationId: rec.id, description: `Action ${a + 1} for recommendation ${rec.number}`,
      ownerAgencyId: agencies[(r + a) % 40]!.id, dueDate: date(100 + ((r * 3 + a) % 200)), status,
      updates: a === 0 ? [] : [{ date: date(95), note: 'Progress reported at the partnership board.', status }],
    };
  }));
  return {
    format: 'local-review-file', version: 1, exportedAt: '2026-06-01T09:00:00.000Z',
    review: {
      id: id(0, 1), title: `Generated review (${count} engagements)`, area: 'Generated Borough', commissioner: 'Generated Borough Community Safety Partnership',
      protectiveMarking: 'OFFICIAL-SENSITIVE', stage: 'analyse', startDate: date(0), endDate: date(120), termsOfReference: 'A generated review for scale testing.',
      reviewers, templateId: 'local-review', createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-06-01T09:00:00.000Z',
    },
    agencies, themes, engagements, excerpts, findings, recommendations, actions,
  };
}
