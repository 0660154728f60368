/** Introduction and background (standard wording, terms of reference, context) and the review team. */
import { heading, para, paras, dataTable, type Block } from '../blocks.ts';
import type { ReportModel } from '../reportModel.ts';

export function introduction(model: ReportModel): Block[] {
  const { wording } = model;
  const localContext = model.localContext.length ? model.localContext : wording.localContext;
  return [
    heading('Introduction and background', 1),
    ...paras(wording.introduction),
    heading('Terms of reference', 2),
    ...(model.termsOfReference.length ? paras(model.termsOfReference) : [para('The terms of reference have not been recorded.')]),
    heading('Background', 2),
    ...paras(wording.background),
    heading('National context', 2),
    ...paras(wording.nationalContext),
    // The reviewer's own account of the area, where written, replaces the template's wording.
    ...(localContext.length || model.localDefinition.length ? [heading('Local context', 2), ...paras(localContext)] : []),
    ...(model.localDefinition.length ? [heading('Local definition of serious violence', 3), ...paras(model.localDefinition)] : []),
  ];
}

/**
 * The only place the report names people. Reviewers are named with their roles; the
 * practitioners they spoke to are never named anywhere.
 */
export function reviewTeam(model: ReportModel, level: 1 | 2): Block[] {
  if (!model.team.length) return [heading('The review team', level), para('The review team has not been recorded.')];
  return [
    heading('The review team', level),
    para('The review was carried out by:', { keepNext: true }),
    dataTable([{ header: 'Name', share: 0.35 }, { header: 'Role', share: 0.65 }], model.team.map((r) => ({ cells: [r.name, r.role] }))),
  ];
}
