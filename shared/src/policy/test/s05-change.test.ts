import { decideActions } from '../actions';
import { decideChange } from '../change';
import type { ChangeRequest, FilingState } from '../types';
import {
  AH,
  BB,
  HA,
  PZH,
  POLICIES,
  YJ,
  filing,
  refusalOf,
  valueOf,
  type PolicyId,
} from './fixtures';

const ANCHOR = '2026-11-21';
const longTerm = (id: PolicyId, overrides: Partial<FilingState> = {}) =>
  filing(POLICIES[id], { filedOn: ANCHOR, validFrom: ANCHOR, lockAnchor: ANCHOR, ...overrides });
const openCommitment = {
  status: 'OPEN' as const,
  signedOn: ANCHOR,
  dueDate: '2027-02-22',
  missing: ['RESIDENCE_PERMIT' as const],
};
const change = (reason: ChangeRequest['reason'], evidenceProvided = false): ChangeRequest => ({
  reason,
  evidenceProvided,
  destinationCode: '320100',
});

type Row = [
  string,
  PolicyId,
  Partial<FilingState>,
  ChangeRequest,
  string,
  null | { code: string; rule: string; until?: string },
];

describe('§5 change', () => {
  const rows: Row[] = [
    [
      'AH-14-1: change refused within 6 months, until 2027-05-22',
      'AH',
      {},
      change('OTHER'),
      '2026-12-01',
      { code: 'CHANGE_LOCKED', rule: 'AH-14-1', until: '2027-05-22' },
    ],
    [
      'AH-14-1: still refused on the last locked day 2027-05-21',
      'AH',
      {},
      change('OTHER'),
      '2027-05-21',
      { code: 'CHANGE_LOCKED', rule: 'AH-14-1', until: '2027-05-22' },
    ],
    ['AH-14-1: allowed from 2027-05-22', 'AH', {}, change('OTHER'), '2027-05-22', null],
    [
      'AH-14-1: a relocation with proof changes at once',
      'AH',
      {},
      change('RELOCATED', true),
      '2026-12-01',
      null,
    ],
    [
      'AH-14-1: a new employer with proof changes at once',
      'AH',
      { category: 'STATIONED_WORKER' },
      change('EMPLOYER_CHANGED', true),
      '2026-12-01',
      null,
    ],
    [
      'AH-14-1: a relocation without proof is asked for the proof',
      'AH',
      {},
      change('RELOCATED', false),
      '2026-12-01',
      { code: 'MATERIALS_INCOMPLETE', rule: 'AH-14-1', until: '2027-05-22' },
    ],
    [
      'AH-14-1: an open commitment blocks even a relocation with proof',
      'AH',
      { commitment: openCommitment },
      change('RELOCATED', true),
      '2026-12-01',
      { code: 'COMMITMENT_OPEN', rule: 'AH-14-1' },
    ],
    [
      'AH-14-1: an open commitment blocks a change after the lock too',
      'AH',
      { commitment: openCommitment },
      change('OTHER'),
      '2027-06-01',
      { code: 'COMMITMENT_OPEN', rule: 'AH-14-1' },
    ],
    [
      'AH-14-1: a fulfilled commitment no longer blocks',
      'AH',
      { commitment: { ...openCommitment, status: 'FULFILLED', missing: [] } },
      change('RELOCATED', true),
      '2026-12-01',
      null,
    ],
    [
      'AH-14-3: an insurance status change with proof changes at once, even under a commitment',
      'AH',
      { commitment: openCommitment },
      change('INSURANCE_STATUS_CHANGED', true),
      '2026-12-01',
      null,
    ],
    [
      'AH-14-2: a referral changes at once with a new referral certificate',
      'AH',
      { category: 'REFERRAL', class: 'TEMPORARY', validUntil: '2027-11-21' },
      change('NEW_REFERRAL', true),
      '2026-12-01',
      null,
    ],
    [
      'AH-14-2: a referral without a new certificate cannot change',
      'AH',
      { category: 'REFERRAL', class: 'TEMPORARY', validUntil: '2027-11-21' },
      change('OTHER'),
      '2027-10-01',
      { code: 'CHANGE_LOCKED', rule: 'AH-14-2' },
    ],
    [
      'AH-14-1: other temporary registrations have no lock',
      'AH',
      { category: 'OTHER_TEMPORARY', class: 'TEMPORARY', validUntil: '2027-11-21' },
      change('OTHER'),
      '2026-11-22',
      null,
    ],
    [
      'AH-14-1: 蚌埠 inherits the 6-month lock',
      'BB',
      {},
      change('OTHER'),
      '2026-12-01',
      { code: 'CHANGE_LOCKED', rule: 'AH-14-1', until: '2027-05-22' },
    ],
    [
      'PZH-4-1-2: a retiree may not change for 2 years',
      'PZH',
      { category: 'RETIRED_RESETTLED' },
      change('OTHER'),
      '2028-11-21',
      { code: 'CHANGE_LOCKED', rule: 'PZH-4-1-2', until: '2028-11-22' },
    ],
    [
      'PZH-4-1-2: a long-term resident may change after 2 years',
      'PZH',
      {},
      change('OTHER'),
      '2028-11-22',
      null,
    ],
    [
      'PZH-4-1-2: a worker may not change for 1 year',
      'PZH',
      { category: 'STATIONED_WORKER' },
      change('OTHER'),
      '2027-11-21',
      { code: 'CHANGE_LOCKED', rule: 'PZH-4-1-2', until: '2027-11-22' },
    ],
    [
      'PZH-4-1-2: a worker may change after 1 year',
      'PZH',
      { category: 'STATIONED_WORKER' },
      change('OTHER'),
      '2027-11-22',
      null,
    ],
    [
      'PZH-4-1-2: a new posting with proof is the exception',
      'PZH',
      { category: 'STATIONED_WORKER' },
      change('EMPLOYER_CHANGED', true),
      '2026-12-01',
      null,
    ],
    [
      'PZH-4-1-2: moving 户籍 or residence with proof is the exception',
      'PZH',
      { category: 'RETIRED_RESETTLED' },
      change('RELOCATED', true),
      '2026-12-01',
      null,
    ],
    [
      'PZH-4-1-2: a new employer is no exception for a retiree',
      'PZH',
      { category: 'RETIRED_RESETTLED' },
      change('EMPLOYER_CHANGED', true),
      '2026-12-01',
      { code: 'CHANGE_LOCKED', rule: 'PZH-4-1-2', until: '2028-11-22' },
    ],
    [
      'HA-4: 淮安 sets no change lock',
      'HA',
      { validUntil: '2028-01-01' },
      change('OTHER'),
      '2026-11-22',
      null,
    ],
    [
      'YJ-9: an emergency registration cannot be changed',
      'YJ',
      { category: 'EMERGENCY', class: 'TEMPORARY' },
      change('OTHER'),
      '2026-12-01',
      { code: 'NOT_APPLICABLE', rule: 'YJ-9' },
    ],
    [
      'AH-14-1: a cancelled registration cannot be changed',
      'AH',
      { status: 'CANCELLED' },
      change('OTHER'),
      '2027-12-01',
      { code: 'FILING_NOT_ACTIVE', rule: 'AH-14-1' },
    ],
  ];
  it.each(rows)('%s', (_name, id, overrides, request, today, expected) => {
    const decision = decideChange(POLICIES[id], longTerm(id, overrides), request, today);
    if (expected === null) expect(decision.ok).toBe(true);
    else expect(refusalOf(decision)).toMatchObject(expected);
    if (expected && !('until' in expected)) expect(refusalOf(decision).until).toBeUndefined();
  });

  it('AH-14-1: the refusal says why and from which date, in plain Chinese with its clause', () => {
    const refusal = refusalOf(decideChange(AH, longTerm('AH'), change('OTHER'), '2026-12-01'));
    expect(refusal.message).toBe(
      '备案生效后6个月内不能变更，2027年5月22日起可以办理。如属“安置地或居住地变化”、“工作单位或派驻地变化”、“参保类型或参保状态变化”，可凭证明材料随时办理。依据：《安徽省基本医疗保险异地就医结算服务经办规程》第十四条（一）',
    );
    expect(refusal.fields).toEqual({
      exceptions: 'RELOCATED,EMPLOYER_CHANGED,INSURANCE_STATUS_CHANGED',
    });
  });

  it('AH-14-1: a change keeps the validity (接续) and the lock anchor (“备案生效后”)', () => {
    const state = longTerm('AH', { validUntil: null });
    const outcome = valueOf(decideChange(AH, state, change('RELOCATED', true), '2026-12-01'));
    expect(outcome).toMatchObject({
      validFrom: ANCHOR,
      validUntil: null,
      lockAnchor: ANCHOR,
      destination: { code: '320100', name: '南京市', level: 'CITY' },
    });
    expect(outcome.rules).toEqual(expect.arrayContaining(['AH-14-1']));
    // an exception change does not restart the lock: it still lifts 6 months after taking effect
    const next = { ...state, lockAnchor: outcome.lockAnchor };
    expect(refusalOf(decideChange(AH, next, change('OTHER'), '2027-05-21')).until).toBe(
      '2027-05-22',
    );
    expect(decideChange(AH, next, change('OTHER'), '2027-05-22').ok).toBe(true);
  });

  it('AH-14-1: long-term cannot change into a temporary category', () => {
    const decision = decideChange(
      AH,
      longTerm('AH'),
      { ...change('OTHER'), category: 'REFERRAL' },
      '2027-06-01',
    );
    expect(refusalOf(decision).code).toBe('NOT_APPLICABLE');
  });

  it('AH-2-3: a change to a destination inside the own pooling region is refused', () => {
    const decision = decideChange(
      AH,
      longTerm('AH'),
      { ...change('OTHER'), destinationCode: '340100' },
      '2027-06-01',
    );
    expect(refusalOf(decision)).toMatchObject({ code: 'DESTINATION_INVALID', rule: 'AH-2-3' });
  });

  it('AH-14-1: decideActions greys the change button with the same refusal', () => {
    const actions = decideActions(AH, longTerm('AH'), '2026-12-01');
    expect(actions.change).toMatchObject({
      allowed: false,
      code: 'CHANGE_LOCKED',
      until: '2027-05-22',
    });
    expect(decideActions(AH, longTerm('AH'), '2027-05-22').change).toEqual({ allowed: true });
    expect(
      decideActions(BB, longTerm('BB', { commitment: openCommitment }), '2027-06-01').change,
    ).toMatchObject({
      allowed: false,
      code: 'COMMITMENT_OPEN',
    });
    expect(decideActions(YJ, longTerm('YJ'), '2026-11-22').change).toEqual({ allowed: true });
    expect(decideActions(PZH, longTerm('PZH'), '2026-11-22').change).toMatchObject({
      until: '2028-11-22',
    });
    expect(decideActions(HA, longTerm('HA'), '2026-11-22').change).toEqual({ allowed: true });
  });
});
