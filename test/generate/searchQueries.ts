/** The queries search is timed with (test/generate/searchTiming.ts, bench/searchBench.ts). */
// Whole words, prefixes as typed, typos, two- and three-word queries, accents, misses.
export const QUERIES: readonly string[] = [
  'county', 'county lines', 'coun', 'cou', 'referral', 'referrals', 'refer', 'referal', 'safeguarding', 'safeguardng',
  'school', 'schools exclusion', 'exclusion data', 'youth workers', 'youth', 'trust', 'weekly meeting', 'the', 'and', 'a',
  'mace', 'MACE panel', 'police', 'intelligence station', 'station', 'housing', 'housing officers', 'parents', 'missing',
  'missing episode', 'return home', 'knife crime', 'knife', 'transition', 'Year 7', '12 to 17', 'after-school', 'café',
  'cuckooing', 'kestrel', 'exploitation hub', 'exploit', 'detached', 'health visitors', 'A&E', 'safety plans', 'contextual',
  'contextual safeguarding maps', 'night-time economy', 'weekend', 'borough east', 'named lead', 'form is long', 'term',
  'once a term', 'open case', 'waits weeks', 'escalates', 'rarely', 'builds trust', 'hears about', 'records', 'follows up',
  'struggles', 'neighbourhood', 'neighborhood', 'organise', 'programme', 'xyzzy', 'qwerty lines', 'zzzz', 'Agency 12',
  'Engagement 120', 'theme', 'practitioner', 'practitioners said', 'gap', 'barrier', 'good practice', 'communication',
  'recommendation', 'action', 'share', 'sharing information', 'information', 'inform', 'social care', 'children’s',
  'childrens', 'education', 'emergency department', 'strategy', 'strateg', 'partnership', 'board', 'plan', 'dated plan',
  'owner', 'weeks', 'months', 'high', 'sessions',
];
