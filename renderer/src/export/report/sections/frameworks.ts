/**
 * Two sections that appear only when the review has what they need: "Progress since the
 * last review" (a re-review's baseline: the previous recommendations and how far their
 * actions had got) and the appendix "Mapping to national frameworks" (findings mapped to
 * headings of the shipped framework packs).
 */
import { describeMapping } from '../../../domain/framework/headings.ts';
import { ragOf } from '../../../domain/rag.ts';
import type { ReviewFile } from '../../../domain/reviewFile.ts';
import { shippedFrameworkPacks } from '../../frameworkPacks.ts';
import { dataTable, heading, para, tableLead, type Block } from '../blocks.ts';
import { count, longDate, oneLine, plural } from '../format.ts';
import { PRIORITY_LABELS } from '../labels.ts';

export function progressSinceLastReview(file: ReviewFile): Block[] {
  const baseline = file.review.baseline;
  if (!baseline) return [];
  const actions = baseline.recommendations.flatMap((r) => r.actions);
  const complete = actions.filter((a) => a.status === 'complete').length;
  return [
    heading('Progress since the last review', 1),
    para(`This review follows ${oneLine(baseline.title)}${baseline.endDate ? `, which ended on ${longDate(baseline.endDate)}` : ''}. `
      + `That review made ${plural(baseline.recommendations.length, 'recommendation')} with ${plural(actions.length, 'action')}; `
      + `${count(complete)} of the actions were complete when this review began.`),
    tableLead('The previous recommendations and the status of their actions when this review began.'),
    dataTable([{ header: 'No.', share: 0.07 }, { header: 'Recommendation', share: 0.43 }, { header: 'Priority', share: 0.1 }, { header: 'Lead', share: 0.2 }, { header: 'Actions', share: 0.2 }],
      baseline.recommendations.map((r) => ({
        cells: [String(r.number), oneLine(r.title), PRIORITY_LABELS[r.priority], oneLine(r.lead),
          r.actions.length ? r.actions.map((a) => ragOf(a.status).label).join(', ') : 'No actions'],
      }))),
  ];
}

export function frameworkMappingAppendix(file: ReviewFile): Block[] {
  const mapped = file.findings.filter((f) => f.frameworkMappings?.length);
  if (!mapped.length) return [];
  const packs = shippedFrameworkPacks();
  const byHeading = new Map<string, string[]>();
  for (const f of mapped) {
    for (const m of f.frameworkMappings!) {
      const label = oneLine(describeMapping(packs, m));
      byHeading.set(label, [...(byHeading.get(label) ?? []), oneLine(f.title)]);
    }
  }
  return [
    heading('Appendix C: Mapping to national frameworks', 1),
    para(`The review team mapped ${plural(mapped.length, 'finding')} to headings of national frameworks, so the partnership can see how the findings bear on them.`),
    dataTable([{ header: 'National framework heading', share: 0.4 }, { header: 'Findings', share: 0.6 }],
      [...byHeading].map(([label, titles]) => ({ cells: [label, titles.join('; ')] }))),
  ];
}
