/** Words for the personal-data check's findings, for screens. */
import type { PersonalDataKind } from './patterns.ts';
import type { QuoteRiskReason } from './quoteRisks.ts';

export const PERSONAL_DATA_KIND_LABELS: Record<PersonalDataKind, string> = {
  phone: 'Phone number',
  email: 'Email address',
  postcode: 'Postcode',
  'ni-number': 'National Insurance number',
  'nhs-number': 'NHS number',
  'date-of-birth': 'Date of birth',
  address: 'Street address',
  'person-name': 'A person’s name',
};

export const QUOTE_RISK_LABELS: Record<QuoteRiskReason, string> = {
  'young-people': 'From a session with young people: check nothing in it could identify a child.',
  'only-participant': 'The only participant in that session said this: anyone who knows who took part knows who said it.',
  'only-of-sector': 'The speaker may have been the only practitioner from their sector in that session.',
};
