/** The stages of a Local Review, in the order the workspace guides a reviewer through them. */
export const STAGES = [
  {
    id: 'scope', name: 'Scope', purpose: 'Set the area, terms of reference, review team, agencies and themes.',
    help: 'Agree what the review covers before anyone is interviewed: the terms of reference, who is on the review team, the agencies in scope (their sectors decide whom you must hear from) and the themes you will code against.',
  },
  {
    id: 'engage', name: 'Engage', purpose: 'Plan and record interviews, workshops and focus groups, and type notes live.',
    help: 'Record every interview, workshop and focus group with the agencies and job roles taking part (never names), and type the notes as you go. Aim to hear from every sector in scope.',
  },
  {
    id: 'analyse', name: 'Analyse', purpose: 'Code what practitioners said against themes and draw out findings.',
    help: 'Select what was said in the notes and code it against themes as good practice, a gap, a barrier or another kind. Mark passages that may be quoted. Then draw findings from passages heard in more than one conversation.',
  },
  {
    id: 'recommend', name: 'Recommend', purpose: 'Write numbered recommendations that answer the findings, with lead agencies.',
    help: 'Answer every gap and barrier with a numbered recommendation, each with a lead agency, a priority, a timescale and a measure of success.',
  },
  {
    id: 'report', name: 'Report', purpose: 'Produce the Word report and the Excel workbook for the partnership.',
    help: 'Write the executive summary and the local context in your own words, check what is still missing, then create the Word report and the Excel workbook for the partnership.',
  },
  {
    id: 'follow-up', name: 'Follow-up', purpose: 'Track the action plan: owners, due dates, RAG status and updates.',
    help: 'Turn each recommendation into actions with an owner agency and a due date, and record dated updates and their RAG status until every action is complete.',
  },
] as const;

export type StageId = (typeof STAGES)[number]['id'];
export const STAGE_IDS: readonly StageId[] = STAGES.map((s) => s.id);

/** The page a review opens on: where it stands and what to do next. Not a stage of the review. */
export const OVERVIEW = { id: 'overview', name: 'Overview', purpose: 'Where the review stands and what to do next.' } as const;

/** A review's peer networks (issue 15): local context, reached from any stage. Not a stage. */
export const NETWORKS = { id: 'networks', name: 'Peer networks', purpose: 'Map who is linked to whom through incidents and institutions.' } as const;

/** Every screen of the workspace: the overview, the stages, then the peer networks. */
export const SCREENS = [OVERVIEW, ...STAGES, NETWORKS] as const;
export type ScreenId = (typeof SCREENS)[number]['id'];
export const SCREEN_IDS: readonly ScreenId[] = SCREENS.map((s) => s.id);

const STAGE_NAMES: Record<string, string> = { ...Object.fromEntries(STAGES.map((s) => [s.id, s.name])), closed: 'Closed' };

/** Display name of a review's stage (including "closed", which has no screen). */
export function stageName(stage: string): string {
  return STAGE_NAMES[stage] ?? stage;
}
