// Every rule id of docs/policy-sources.md's "Rule ids" table, in its order. A refusal names one of these; the
// presets carry them beside each value (ruleCoverage.test.ts checks both directions).

export const RULE_DESCRIPTIONS = {
  'CC-201': 'periods: start day not counted, same-numbered day or month end, holiday roll-over',
  'AH-2-3': 'moving between counties of one pooling region is not off-site care',
  'AH-9': 'direct settlement: destination catalogue, insured-place policy',
  'AH-10': 'two classes, six categories',
  'AH-11': 'materials per category; commitment may replace the proof of the first three',
  'AH-12-1': 'window: on the spot; every missing item told at once',
  'AH-12-2': 'online: done within 2 working days; every missing item told at once',
  'AH-12-3': 'instant self-service allowed',
  'AH-12-4': 'no extra materials or steps beyond the list',
  'AH-13-1':
    'long-term valid until changed; commitment valid 3 months, breach → terminate + clawback',
  'AH-13-2': 'temporary valid 12 months; admission inside validity covered to discharge',
  'AH-14-1': 'long-term: no change within 6 months; exceptions; none while a commitment is open',
  'AH-14-2': 'referral: new certificate → change at once',
  'AH-14-3': 'insurance type / status changed → change at once',
  'AH-15-1': 'file to a city; province level for 海南, 西藏, 4 municipalities, 兵团',
  'AH-15-2': 'no restriction to hospitals inside the destination',
  'AH-47': '零星报销 within 3 months, one 3-month extension',
  'BB-1-3':
    'commitment: supplement within 1 month; breach → long-term benefits end; complete → usable both places',
  'BB-1-5': 'emergency deemed filed',
  'BB-3-2': '零星报销: one admission is settled in one place only',
  'BB-4': 'benefits: referral −10 points, other temporary −20 points, emergency as referral',
  'HA-4': "category definitions (retiree's 户籍 moved)",
  'HA-6': 'file to destination, never a hospital; no extra materials',
  'HA-7':
    'commitment: supplement within 6 months; breach → terminate + credit report; letters kept 3 years',
  'HA-8':
    'start ≥ application day; long-term until proof end date; referral 12 months; long-term usable at destination only',
  'HA-9': 'long-term: no cancellation within 3 months, except emergency or admission',
  'HA-18': '零星报销 materials per kind',
  'HA-19': '零星报销 paid within 10 working days (20 special)',
  'PZH-1': 'eligibility: residents at retirement age and ≥ 2 years; workers ≥ 1 year',
  'PZH-4-1-2':
    'no change: 2 years (retired, long-term), 1 year (workers); move/posting with proof excepted',
  'PZH-4-2-2': 'referral valid 1 month, extensions of 1 month',
  'PZH-4-3-2': 'emergency filing valid for this admission only',
  'YJ-5': 'half-year thresholds; students count as workers with no minimum',
  'YJ-6': 'emergency retro-filing before discharge only; holiday roll-over',
  'YJ-9':
    'validity: start on success (emergency: admission day); by document; referral 90 days or indefinite for listed conditions',
  'YJ-10': 'benefits: referral / emergency −10 % / −5 %, unregistered −15 % / −5 %',
  'AH-22': 'a filing made during an admission covers the whole stay',
  'HA-5': 'materials per category (淮安 第五条)',
  'HA-10': '淮安 第十条 (online channels, next working day)',
  'HA-11': 'a filing made during an admission covers the whole stay',
  'HA-17': '零星报销 cases (students at 原籍 in vacation, maternity, …)',
  'PZH-4-4':
    'care not settled directly: file by phone (其它备案, 0812-12333), else no fund payment',
  'YJ-7': 'materials per category (阳江 第七条)',
} as const;

export type RuleId = keyof typeof RULE_DESCRIPTIONS;

export const RULE_IDS = Object.keys(RULE_DESCRIPTIONS) as [RuleId, ...RuleId[]];

export function isRuleId(value: unknown): value is RuleId {
  return (
    typeof value === 'string' && Object.prototype.hasOwnProperty.call(RULE_DESCRIPTIONS, value)
  );
}
