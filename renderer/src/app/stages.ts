/** The stages of a Local Review, in the order the workspace guides a reviewer through them. */
export const STAGES = [
  { id: 'scope', name: 'Scope', purpose: 'Set the area, terms of reference, review team, agencies and themes.' },
  { id: 'engage', name: 'Engage', purpose: 'Plan and record interviews, workshops and focus groups, and type notes live.' },
  { id: 'analyse', name: 'Analyse', purpose: 'Code what practitioners said against themes and draw out findings.' },
  { id: 'recommend', name: 'Recommend', purpose: 'Write numbered recommendations that answer the findings, with lead agencies.' },
  { id: 'report', name: 'Report', purpose: 'Produce the Word report and the Excel workbook for the partnership.' },
  { id: 'follow-up', name: 'Follow-up', purpose: 'Track the action plan: owners, due dates, RAG status and updates.' },
] as const;

export type StageId = (typeof STAGES)[number]['id'];
export const STAGE_IDS: readonly StageId[] = STAGES.map((s) => s.id);

const STAGE_NAMES: Record<string, string> = { ...Object.fromEntries(STAGES.map((s) => [s.id, s.name])), closed: 'Closed' };

/** Display name of a review's stage (including "closed", which has no screen). */
export function stageName(stage: string): string {
  return STAGE_NAMES[stage] ?? stage;
}
