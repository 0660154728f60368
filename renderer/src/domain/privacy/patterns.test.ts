import { describe, expect, it } from 'vitest';
import { detectPersonalData, isNhsNumber, namePattern, type PersonalDataKind } from './patterns.ts';

const found = (text: string, names: string[] = []) =>
  detectPersonalData(text, namePattern(names)).map((m) => [m.kind, m.text] as [PersonalDataKind, string]);

/** Text, and exactly what must be found in it. */
const MUST_MATCH: Array<[string, Array<[PersonalDataKind, string]>]> = [
  ['Call her on 07700 900123 after school.', [['phone', '07700 900123']]],
  ['mobile 07700900123', [['phone', '07700900123']]],
  ['ring +44 7700 900123 today', [['phone', '+44 7700 900123']]],
  ['ring +44 (0)20 7946 0018 today', [['phone', '+44 (0)20 7946 0018']]],
  ['the office is (020) 7946 0018.', [['phone', '(020) 7946 0018']]],
  ['0161 496 0000 is the duty line', [['phone', '0161 496 0000']]],
  ['landline 01632 960123', [['phone', '01632 960123']]],
  ['text 0770-090-0123', [['phone', '0770-090-0123']]],
  ['Email j.okafor@example.org.uk for the minutes.', [['email', 'j.okafor@example.org.uk']]],
  ['She lives at LS6 2QB with her nan.', [['postcode', 'LS6 2QB']]],
  ['postcode SW1A 1AA', [['postcode', 'SW1A 1AA']]],
  ['moved to M11AE last year', [['postcode', 'M11AE']]],
  ['NI number JT 12 34 56 C on file', [['ni-number', 'JT 12 34 56 C']]],
  ['NINO AB123456D', [['ni-number', 'AB123456D']]],
  ['NHS number 943 476 5919', [['nhs-number', '943 476 5919']]],
  ['NHS 9434765919.', [['nhs-number', '9434765919']]],
  ['DOB 12/03/2009, excluded twice', [['date-of-birth', 'DOB 12/03/2009']]],
  ['D.O.B.: 12.03.09', [['date-of-birth', 'D.O.B.: 12.03.09']]],
  ['date of birth 2009-03-12', [['date-of-birth', 'date of birth 2009-03-12']]],
  ['He was born on 3rd March 2009 in Leeds', [['date-of-birth', 'born on 3rd March 2009']]],
  ['born March 2009', [['date-of-birth', 'born March 2009']]],
  ['Her birthday is 14 February 2010.', [['date-of-birth', 'birthday is 14 February 2010']]],
  ['seen 12/03/2009 (DOB) at A&E', [['date-of-birth', '12/03/2009 (DOB)']]],
  ['dob: 1 Jan 2011', [['date-of-birth', 'dob: 1 Jan 2011']]],
  ['He stays at 14 Acacia Avenue most nights', [['address', '14 Acacia Avenue']]],
  ['found at 3a Mill Lane', [['address', '3a Mill Lane']]],
  ['Mr Okafor said the referral went nowhere', [['person-name', 'Mr Okafor']]],
  ['Mrs. Hale, the head of year', [['person-name', 'Mrs. Hale']]],
  ['DC Hale took the report', [['person-name', 'DC Hale']]],
  ['Dr J Patel at the GP surgery', [['person-name', 'Dr J Patel']]],
  ['Dr Priya Patel at the GP surgery', [['person-name', 'Dr Priya Patel']]],
  ['Ms O’Neill and Mr McDonald', [['person-name', 'Ms O’Neill'], ['person-name', 'Mr McDonald']]],
  ['Councillor Smith-Jones chaired it', [['person-name', 'Councillor Smith-Jones']]],
];

/** Ordinary review prose that must find nothing. */
const MUST_NOT_MATCH: string[] = [
  'The review ran from 12/03/2024 to 28/03/2024.',
  'Meeting on 3 March 2025 with the MASH.',
  'Exclusions rose between 2019 and 2023, and again in 2024/25.',
  'Recommendation 12 answers findings F3, F4 and F10.',
  'Recommendation 1.2.3 and paragraph 4.10',
  '1,024 referrals; 35% within 10 days; £250,000 of funding.',
  'Mr',
  'Mr and Mrs',
  'the role of Mr in the letter',
  'A dr at A&E said the waits are long.',
  'Young people miss a day of school, then miss out on support.',
  'Sir John Cass School and Lady Margaret Hospital',
  'Thames Valley Police, Hill School and Barnardo’s attended.',
  'CAMHS, YOT, MACE, MASH, NRM, CCE, CSE, PRU and AP',
  'Year 9 and Year 11 pupils; KS4 outcomes; Y11 results',
  'the SE15 and M25 areas',
  'Childline 0800 1111',
  'born and raised locally, in March 2020 the service opened',
  'newborn babies',
  'call the team on extension 4521',
  'Reference 1234567890',
  'At 09:30 on 01/02/2025 the panel met.',
  'Version 2.0.1 of the protocol, page 12 of 40',
  'The 3 Youth Hubs opened',
  'ISBN 978-0-00-000000-2',
  'Email the team (no address given)',
  '@YouthService on social media',
];

describe('detectPersonalData', () => {
  it.each(MUST_MATCH)('finds what is in “%s”', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(MUST_NOT_MATCH)('finds nothing in “%s”', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('gives the offsets of each match', () => {
    const [match] = detectPersonalData('Ring 07700 900123.', null);
    expect(match).toEqual({ kind: 'phone', text: '07700 900123', start: 5, end: 17 });
  });
});

describe('the register of names', () => {
  const NAMES: Array<[string, string[], string[]]> = [
    ['a full name', ['Jayden Price'], ['Jayden Price']],
    ['a first name alone', ['Jayden Price'], ['Jayden']],
    ['a surname alone, possessive', ['Jayden Price'], ['Price']],
    ['any case, written as a name', ['jayden price'], ['JAYDEN', 'Jayden Price']],
    ['across a line break', ['Jayden Price'], ['Jayden\nPrice']],
    ['either apostrophe', ["Aoife O'Brien"], ['Aoife O’Brien']],
    ['with accents', ['Zoë'], ['Zoë']],
  ];
  const TEXTS: Record<string, string> = {
    'a full name': 'Jayden Price was excluded.',
    'a first name alone': 'Then Jayden went missing.',
    'a surname alone, possessive': 'Price’s mum called.',
    'any case, written as a name': 'JAYDEN said so; Jayden Price too.',
    'across a line break': 'We met Jayden\nPrice.',
    'either apostrophe': 'Aoife O’Brien came.',
    'with accents': 'Zoë spoke first.',
  };

  it.each(NAMES)('matches %s', (label, names, expected) => {
    expect(found(TEXTS[label]!, names).map(([, text]) => text)).toEqual(expected);
  });

  it('does not match inside other words, in lower case, or parts of one letter', () => {
    expect(found('Graceful priceless grace', ['Grace Price'])).toEqual([]);
    expect(found('We will grant it', ['Will Grant'])).toEqual([]);
    expect(found('A said B', ['A B'])).toEqual([]);
  });

  it('reports a name once when a title comes with it', () => {
    expect(found('Mr Price spoke', ['Jayden Price'])).toEqual([['person-name', 'Mr Price']]);
  });

  it('ignores blank entries and characters special to patterns', () => {
    expect(namePattern(['', '  '])).toBeNull();
    expect(found('Kai (Kev) came', ['(Kev)'])).toEqual([]);
    expect(found('Kai came', ['Kai.*'])).toEqual([]);
  });
});

describe('isNhsNumber', () => {
  it.each([['9434765919', true], ['9434765918', false], ['123', false], ['abcdefghij', false]])('%s → %s', (digits, expected) => {
    expect(isNhsNumber(digits)).toBe(expected);
  });
});
