// The transitions table (transitions.ts): every row's from → to, spelled out here independently of
// the table, the refusal it answers with and the clause that refusal cites, per region.
import { FILING_STATUSES, type FilingStatus } from '../../schemas/enums';
import { isReviewer } from '../duties';
import {
  CLOSED_STATUSES,
  LIVE_STATUSES,
  TRANSITION_EVENTS,
  canTransition,
  isClosed,
  isLive,
  nextStatus,
  transitionRefusal,
  transitionRulesIn,
  type TransitionEvent,
} from '../transitions';
import { AH, BB, HA, PZH, YJ, filing } from './fixtures';

const LIVE: FilingStatus[] = ['ACTIVE', 'PENDING_REVIEW', 'RETURNED'];

/** Event → (from → to), as the clauses say; every status not listed is refused. */
const EXPECTED: Record<TransitionEvent, Partial<Record<FilingStatus, FilingStatus>>> = {
  APPROVE: { PENDING_REVIEW: 'ACTIVE' },
  RETURN: { PENDING_REVIEW: 'RETURNED' },
  REJECT: { PENDING_REVIEW: 'REJECTED' },
  RESUBMIT: { RETURNED: 'PENDING_REVIEW' },
  CHANGE: { ACTIVE: 'ACTIVE' },
  CANCEL: { ACTIVE: 'CANCELLED', PENDING_REVIEW: 'CANCELLED', RETURNED: 'CANCELLED' },
  SUPPLEMENT: { ACTIVE: 'ACTIVE', PENDING_REVIEW: 'PENDING_REVIEW', RETURNED: 'RETURNED' },
  EXTEND: { ACTIVE: 'ACTIVE' },
  DECIDE_EXTENSION: { ACTIVE: 'ACTIVE' },
  ADMISSION: { ACTIVE: 'ACTIVE' },
  DISCHARGE_ENDS: { ACTIVE: 'EXPIRED' },
  INSURANCE_STATUS_END: {
    ACTIVE: 'TERMINATED',
    PENDING_REVIEW: 'TERMINATED',
    RETURNED: 'TERMINATED',
  },
  COMMITMENT_BREACH: { ACTIVE: 'TERMINATED', PENDING_REVIEW: 'TERMINATED', RETURNED: 'TERMINATED' },
  VALIDITY_END: { ACTIVE: 'EXPIRED' },
};

/** The row of each event with the clause it comes from (test names carry the rule ids). */
const ROWS: [string, TransitionEvent][] = [
  ['AH-12-2: a reviewer approves a filing under review (ACTIVE)', 'APPROVE'],
  ['AH-12-2: a reviewer returns a filing under review with every problem at once', 'RETURN'],
  ['AH-12-2: a reviewer rejects a filing under review, for good', 'REJECT'],
  ['AH-12-1: only a returned filing is resubmitted, back under review', 'RESUBMIT'],
  ['AH-14-1: only a registration in effect is changed; it stays in effect', 'CHANGE'],
  ['HA-9: a live filing is cancelled (under review: withdrawn)', 'CANCEL'],
  ['AH-13-1: an open commitment is supplemented while the filing lives', 'SUPPLEMENT'],
  ['PZH-4-2-2: a referral in effect is extended (or an extension asked for)', 'EXTEND'],
  ['PZH-4-2-2: a reviewer decides the extension of a referral in effect', 'DECIDE_EXTENSION'],
  ['AH-13-2: a stay is recorded on a registration in effect', 'ADMISSION'],
  ['PZH-4-3-2: the discharge ends a per-admission registration (EXPIRED)', 'DISCHARGE_ENDS'],
  ['AH-13-1: an insurance-status change ends a live long-term filing', 'INSURANCE_STATUS_END'],
  ['HA-7: a breached commitment terminates a live filing', 'COMMITMENT_BREACH'],
  ['YJ-9: the end of the validity expires a registration in effect', 'VALIDITY_END'],
];

describe('transitions table', () => {
  it('has a tested row for every event', () => {
    expect(ROWS.map(([, event]) => event).sort()).toEqual([...TRANSITION_EVENTS].sort());
  });

  it.each(ROWS)('%s', (_name, event) => {
    for (const status of FILING_STATUSES) {
      expect([status, nextStatus(status, event)]).toEqual([
        status,
        EXPECTED[event][status] ?? null,
      ]);
      expect(canTransition(status, event)).toBe(EXPECTED[event][status] !== undefined);
    }
  });

  it('live statuses are the ones an event leaves; the rest are closed (AH-13-1, HA-9)', () => {
    expect([...LIVE_STATUSES].sort()).toEqual([...LIVE].sort());
    expect([...CLOSED_STATUSES].sort()).toEqual(['CANCELLED', 'EXPIRED', 'REJECTED', 'TERMINATED']);
    for (const status of FILING_STATUSES) {
      expect([status, isLive(status)]).toEqual([status, LIVE.includes(status)]);
      expect([status, isClosed(status)]).toEqual([status, !LIVE.includes(status)]);
    }
  });
});

describe('transition refusals', () => {
  it('HA-9: cancelling a cancelled filing is refused with the cancel lock clause', () => {
    const refused = transitionRefusal(HA, filing(HA, { status: 'CANCELLED' }), 'CANCEL');
    expect(refused).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'HA-9' });
    expect(refused?.message).toContain('“已取消”状态，不能办理取消');
    expect(refused?.message).toContain(HA.cancelLock.clause);
  });

  it('AH-12-2: deciding a filing no longer under review is the staff page sentence, no rule', () => {
    for (const event of ['RETURN', 'REJECT'] as const) {
      expect(transitionRefusal(AH, filing(AH, { status: 'ACTIVE' }), event)).toEqual({
        code: 'FILING_NOT_ACTIVE',
        message: '这份备案不在待审核状态，不能审核。',
      });
    }
    expect(transitionRefusal(AH, filing(AH, { status: 'REJECTED' }), 'APPROVE')).toEqual({
      code: 'FILING_NOT_ACTIVE',
      message: '这份备案不在待审核状态，不能审核通过。',
    });
  });

  it('AH-12-1: resubmitting a filing under review cites the review rule', () => {
    expect(
      transitionRefusal(AH, filing(AH, { status: 'PENDING_REVIEW' }), 'RESUBMIT'),
    ).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'AH-12-2' });
    expect(transitionRefusal(AH, filing(AH, { status: 'RETURNED' }), 'RESUBMIT')).toBeNull();
  });

  it('PZH-4-3-2: a per-admission filing has no change, whatever its status (not applicable first)', () => {
    const emergency = { category: 'EMERGENCY' as const, class: 'TEMPORARY' as const };
    for (const status of ['ACTIVE', 'CANCELLED'] as const) {
      expect(transitionRefusal(PZH, filing(PZH, { ...emergency, status }), 'CHANGE')).toMatchObject(
        { code: 'NOT_APPLICABLE', rule: 'PZH-4-3-2' },
      );
    }
    expect(
      transitionRefusal(PZH, filing(PZH, { status: 'PENDING_REVIEW' }), 'CHANGE'),
    ).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'PZH-4-1-2' });
  });

  it('BB-1-3: no supplement without an open commitment, then the status', () => {
    expect(transitionRefusal(BB, filing(BB), 'SUPPLEMENT')).toMatchObject({
      code: 'NOT_APPLICABLE',
      rule: 'BB-1-3',
    });
    const open = {
      status: 'OPEN' as const,
      signedOn: '2026-03-10',
      dueDate: '2026-04-10',
      missing: [],
    };
    expect(
      transitionRefusal(BB, filing(BB, { commitment: open, status: 'EXPIRED' }), 'SUPPLEMENT'),
    ).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'BB-1-3' });
    expect(transitionRefusal(BB, filing(BB, { commitment: open }), 'SUPPLEMENT')).toBeNull();
  });

  it('PZH-4-2-2: no extension decision without a pending request', () => {
    const referral = {
      category: 'REFERRAL' as const,
      class: 'TEMPORARY' as const,
      validUntil: '2026-04-10',
    };
    expect(transitionRefusal(PZH, filing(PZH, referral), 'DECIDE_EXTENSION')).toMatchObject({
      code: 'NO_PENDING_EXTENSION',
      rule: 'PZH-4-2-2',
    });
    const pending = {
      ...referral,
      extensionRequest: { reason: '病情', requestedOn: '2026-04-01' },
    };
    expect(transitionRefusal(PZH, filing(PZH, pending), 'DECIDE_EXTENSION')).toBeNull();
    expect(
      transitionRefusal(PZH, filing(PZH, { ...pending, status: 'EXPIRED' }), 'DECIDE_EXTENSION'),
    ).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'PZH-4-2-2' });
  });

  it('AH-13-1: an insurance-status end applies to long-term registrations only', () => {
    const temporary = { category: 'REFERRAL' as const, class: 'TEMPORARY' as const };
    expect(transitionRefusal(AH, filing(AH, temporary), 'INSURANCE_STATUS_END')).toMatchObject({
      code: 'NOT_APPLICABLE',
      rule: 'AH-13-1',
    });
    expect(
      transitionRefusal(AH, filing(AH, { status: 'TERMINATED' }), 'INSURANCE_STATUS_END'),
    ).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'AH-13-1' });
    expect(transitionRefusal(AH, filing(AH), 'INSURANCE_STATUS_END')).toBeNull();
  });

  it('HA-7: the sweep events refuse nobody (nobody asks for them)', () => {
    const closed = filing(HA, { status: 'CANCELLED' });
    expect(transitionRefusal(HA, closed, 'COMMITMENT_BREACH')).toBeNull();
    expect(transitionRefusal(HA, closed, 'VALIDITY_END')).toBeNull();
  });
});

describe('rule ids per region (docs/policy.md)', () => {
  it.each([
    ['HA-9: 淮安 cancels under its cancel lock', 'HA', 'CANCEL', ['HA-9']],
    ['AH-13-1: 安徽 cancels with no lock', 'AH', 'CANCEL', ['AH-13-1']],
    ['YJ-9: 阳江 validities end by its validity rule', 'YJ', 'VALIDITY_END', ['YJ-9']],
    ['PZH-4-2-2: only 攀枝花 referrals are extended', 'PZH', 'EXTEND', ['PZH-4-2-2']],
    ['AH-13-2: 安徽 has no extension (filed again when it ends)', 'AH', 'EXTEND', []],
    [
      'AH-13-1: an insurance-status change ends 安徽 long-term filings',
      'AH',
      'INSURANCE_STATUS_END',
      ['AH-13-1'],
    ],
    [
      'HA-8: 淮安 registrations do not end on an insurance-status change',
      'HA',
      'INSURANCE_STATUS_END',
      [],
    ],
    ['YJ-5: 阳江 has no commitment to supplement', 'YJ', 'SUPPLEMENT', []],
    [
      'PZH-4-3-2: 攀枝花 discharges end an emergency filing or an in-province referral (PZH-4-2-2)',
      'PZH',
      'DISCHARGE_ENDS',
      ['PZH-4-2-2', 'PZH-4-3-2'],
    ],
  ] as const)('%s', (_name, policyId, event, rules) => {
    const policy = { AH, BB, HA, PZH, YJ }[policyId];
    expect([...transitionRulesIn(policy, event)].sort()).toEqual([...rules].sort());
  });
});

describe('isReviewer (SOD-1 reviewers)', () => {
  it.each([
    [['REVIEWER'], true],
    [['ADMIN'], true],
    [['INSURED', 'REVIEWER'], true],
    [['INSURED'], false],
    [[], false],
  ])('%j → %s', (roles, expected) => {
    expect(isReviewer(roles)).toBe(expected);
  });
});
