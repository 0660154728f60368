/**
 * The one home for the app's words: dates in one style, counts with nouns that agree,
 * and the labels of the review file's enums. Screens and exports import from here, so
 * "1 themes" and two date styles cannot happen.
 */
export { clockTime, dateParts, EMPTY_DATE, longDate, longDateTime, parseDateParts, type DateParts, type ParsedDate } from './dates.ts';
export { count, noun, plural } from './counts.ts';
export { FINDING_KIND_LABELS, KIND_LABELS, PRIORITY_LABELS, SECTOR_LABELS, TIMESCALE_LABELS } from '../labels.ts';
export { describeEngagement, ENGAGEMENT_KIND_LABELS, engagementTitle } from '../engagementLabels.ts';
export { EXCERPT_KIND_HINTS } from '../excerptLabels.ts';
export { characterMarker, hasSteeringCharacters, visibleText } from './visibleText.ts';
