/** The one rule that keeps the review team's names out of exported text lives in the domain (frameworks use it too). */
export { NAME_REMOVED, nameRedactor } from '../../domain/reviewerNames.ts';
