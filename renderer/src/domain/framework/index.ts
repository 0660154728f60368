/** Strategic frameworks drawn from several area reviews: the file, the draft, the roll-up and traceability. */
export { assertNoRepeats, draftFramework, draftFromSnapshots } from './draft.ts';
export {
  cellWeight, describeCell, differentTemplates, findingsAcrossAreas, frameworkMatrix, orderedThemes, themeKey, themeKeyOfFinding,
  type FrameworkMatrix, type MatrixCell, type MatrixRow,
} from './matrix.ts';
export { FRAMEWORK_MESSAGES, FrameworkFileError, parseFrameworkFile, parseFrameworkFileText, serialiseFrameworkFile } from './parse.ts';
export * from './schema.ts';
export { snapshotOfReview } from './snapshot.ts';
export {
  activityNumber, activityTraces, areaRecommendations, contributions, FrameworkIndex, highestMarking,
  type ActivityTrace, type AreaRecommendation, type Contribution, type Coverage,
} from './trace.ts';
export { baselineOf, reReviewOf } from './baseline.ts';
export { describeMapping, mappingLabel } from './headings.ts';
export {
  addActivity, addIssue, addPriority, editActivity, editIssue, editPriority, findActivity, linkRecommendation, relinkRecommendation,
  removeActivity, removeIssue, removePriority, restoreActivity, restoreIssue, restorePriority, unlinkRecommendation,
  type ActivityFields, type ActivityPlace, type IssueFields, type PriorityFields, type RemovedActivity, type RemovedIssue, type RemovedPriority, type Unlinked,
} from './edit.ts';
