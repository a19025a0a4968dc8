// §10 零星报销: the claim rules of each preset and the claim engine, each test naming its clause
// (seeds/001 安徽 第四十七条; seeds/002 淮安 第十七、十八、十九条; seeds/000 蚌埠 三（二）).
import type { ClaimState } from '../claims';
import {
  claimDeadline,
  claimPaymentDue,
  decideClaimActions,
  decideClaimReview,
  decideClaimSupplement,
  decideNewClaim,
  decideNewClaimActions,
  extendedClaimDeadline,
  missingClaimDocuments,
  nextClaimSweepDay,
  sweepClaim,
} from '../claims';
import { publicPolicyView } from '../publicView';
import { AH, BB, HA, PZH, YJ } from './fixtures';

const bills = ['RECEIPT', 'ITEMISED_BILL'] as const;

function stored(overrides: Partial<ClaimState> = {}): ClaimState {
  return {
    kind: 'INPATIENT',
    case: 'NOT_SETTLED_DIRECTLY',
    status: 'SUBMITTED',
    paidOn: '2026-05-31',
    deadline: '2026-08-31',
    extendedDeadline: null,
    extensionsUsed: 0,
    provided: [...bills],
    completeOn: '2026-06-10',
    paymentDueBy: null,
    ...overrides,
  };
}

describe('§10 AH-47 deadline: 3 months from paying in full, CC-201 counting', () => {
  it('AH-47 "全额自付费用结算后的3个月内": paid 2026-05-31, the last day is 2026-08-31; 蚌埠 inherits it', () => {
    expect(claimDeadline(AH, '2026-05-31')).toEqual({ date: '2026-08-31', provisional: false });
    expect(claimDeadline(BB, '2026-05-31')?.date).toBe('2026-08-31');
    // CC-201: no same-numbered day → the month's last day.
    expect(claimDeadline(AH, '2026-08-31')?.date).toBe('2026-11-30');
  });

  it('AH-47 + CC-201 第二百零三条: a last day in 国庆 2026 moves to the first working day after it', () => {
    // 2026-07-04 + 3 months = 2026-10-04, inside 10-01..10-07 → 2026-10-08.
    expect(claimDeadline(AH, '2026-07-04')?.date).toBe('2026-10-08');
  });

  it('AH-47: a claim on the last day is accepted, a day later refused naming AH-47 and the date', () => {
    const request = {
      kind: 'OUTPATIENT',
      hasFiling: true,
      paidOn: '2026-05-31',
      provided: [...bills],
    } as const;
    const onTime = decideNewClaim(AH, request, '2026-08-31');
    expect(onTime).toMatchObject({
      ok: true,
      value: { status: 'SUBMITTED', completeOn: '2026-08-31' },
    });

    const late = decideNewClaim(AH, request, '2026-09-01');
    expect(late).toEqual({
      ok: false,
      refusal: expect.objectContaining({
        code: 'CLAIM_DEADLINE_PASSED',
        rule: 'AH-47',
        until: '2026-08-31',
      }),
    });
    if (!late.ok) {
      expect(late.refusal.message).toContain('2026-08-31');
      expect(late.refusal.message).toContain('第四十七条');
    }
  });

  it('AH-47 with the roll-over: paid 2026-07-04, accepted on 2026-10-08, refused on 2026-10-09', () => {
    const request = {
      kind: 'INPATIENT',
      hasFiling: false,
      paidOn: '2026-07-04',
      provided: [...bills],
    } as const;
    expect(decideNewClaim(AH, request, '2026-10-08').ok).toBe(true);
    expect(decideNewClaim(AH, request, '2026-10-09')).toMatchObject({
      ok: false,
      refusal: { code: 'CLAIM_DEADLINE_PASSED', until: '2026-10-08' },
    });
  });

  it('HA-17 "按参保地规定办理": 淮安 sets no deadline, so a late claim is never refused for time', () => {
    expect(claimDeadline(HA, '2020-01-02')).toBeNull();
    expect(HA.claims.deadline).toMatchObject({ value: null, rule: 'HA-17' });
    const late = decideNewClaim(
      HA,
      {
        kind: 'OUTPATIENT',
        hasFiling: true,
        paidOn: '2024-01-02',
        provided: ['RECEIPT', 'ITEMISED_BILL', 'PRESCRIPTION'],
      },
      '2026-12-01',
    );
    expect(late.ok).toBe(true);
    // PZH-4-4, YJ-10: nor do 攀枝花 and 阳江.
    expect(claimDeadline(PZH, '2026-01-02')).toBeNull();
    expect(claimDeadline(YJ, '2026-01-02')).toBeNull();
  });

  it('a bill paid after today is a field error, not a claim', () => {
    expect(
      decideNewClaim(
        AH,
        { kind: 'INPATIENT', hasFiling: true, paidOn: '2026-12-02', provided: [...bills] },
        '2026-12-01',
      ),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'VALIDATION_FAILED', fields: { paidOn: expect.any(String) } },
    });
  });
});

describe('§10 AH-47 extension: one more 3 months on approval, asked before the deadline', () => {
  it('AH-47 "经参保地经办机构审核同意后可适当延长3个月": 6 months from the payment, CC-201', () => {
    expect(extendedClaimDeadline(AH, '2026-05-31')?.date).toBe('2026-11-30');
    expect(AH.claims.extension.value).toEqual({
      months: 3,
      times: 1,
      onApproval: true,
      askedBeforeDeadline: true,
    });
    expect(extendedClaimDeadline(HA, '2026-05-31')).toBeNull();
  });

  it('AH-47 "因客观原因无法按时提交…应提出延期申请": incomplete with a request → EXTENSION_REQUESTED', () => {
    const outcome = decideNewClaim(
      AH,
      {
        kind: 'INPATIENT',
        hasFiling: true,
        paidOn: '2026-05-31',
        provided: ['RECEIPT'],
        extensionRequest: { reason: '医院未出具费用清单' },
      },
      '2026-08-20',
    );
    expect(outcome).toMatchObject({
      ok: true,
      value: {
        status: 'EXTENSION_REQUESTED',
        missing: ['ITEMISED_BILL'],
        completeOn: null,
        extensionRequest: { requestedOn: '2026-08-20' },
      },
    });
    // After the deadline the request is too late: AH-47 refuses with the date.
    expect(
      decideNewClaim(
        AH,
        {
          kind: 'INPATIENT',
          hasFiling: true,
          paidOn: '2026-05-31',
          provided: [],
          extensionRequest: { reason: '住院' },
        },
        '2026-09-01',
      ),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'CLAIM_DEADLINE_PASSED', rule: 'AH-47', until: '2026-08-31' },
    });
  });

  it('AH-47 第四十七条 is one clause for the documents, the deadline and the extension: a claim names it once', () => {
    const request = {
      kind: 'INPATIENT',
      hasFiling: true,
      paidOn: '2026-05-31',
      provided: ['RECEIPT'],
    } as const;
    const asked = { ...request, extensionRequest: { reason: '医院未出具费用清单' } };
    expect(decideNewClaim(AH, asked, '2026-08-20')).toMatchObject({
      ok: true,
      value: { status: 'EXTENSION_REQUESTED', rules: ['AH-47'] },
    });
    expect(decideNewClaim(AH, { ...request, provided: [...bills] }, '2026-08-20')).toMatchObject({
      ok: true,
      value: { status: 'SUBMITTED', rules: ['AH-47'] },
    });
    // 淮安 states them in two articles (HA-18 documents, HA-17 deadline): both are named.
    expect(
      decideNewClaim(
        HA,
        { ...request, provided: ['RECEIPT', 'ITEMISED_BILL', 'DISCHARGE_SUMMARY'] },
        '2026-06-02',
      ),
    ).toMatchObject({ ok: true, value: { status: 'SUBMITTED', rules: ['HA-18', 'HA-17'] } });
  });

  it('AH-47: the reviewer grants it (EXTENDED, extendedDeadline) or refuses it (the deadline holds)', () => {
    const pending = stored({
      status: 'EXTENSION_REQUESTED',
      provided: ['RECEIPT'],
      completeOn: null,
      extensionRequest: { reason: 'x', requestedOn: '2026-08-20' },
    });
    expect(decideClaimReview(AH, pending, { decision: 'EXTEND_APPROVED' })).toEqual({
      ok: true,
      value: {
        status: 'EXTENDED',
        extendedDeadline: { date: '2026-11-30', provisional: false },
        extensionAnswered: true,
      },
    });
    expect(decideClaimReview(AH, pending, { decision: 'EXTEND_REFUSED' })).toMatchObject({
      ok: true,
      value: { status: 'RETURNED' },
    });
    // One extension: a granted claim has no request left to answer.
    const extended = stored({
      status: 'EXTENDED',
      provided: ['RECEIPT'],
      completeOn: null,
      extendedDeadline: '2026-11-30',
      extensionsUsed: 1,
    });
    expect(decideClaimReview(AH, extended, { decision: 'EXTEND_APPROVED' })).toMatchObject({
      ok: false,
      refusal: { code: 'CLAIM_NOT_OPEN' },
    });
  });

  it('HA-17: where no deadline is set an extension is not offered; missing documents are told instead', () => {
    const outcome = decideNewClaim(
      HA,
      {
        kind: 'OUTPATIENT',
        hasFiling: true,
        paidOn: '2026-05-31',
        provided: ['RECEIPT'],
        extensionRequest: { reason: '—' },
      },
      '2026-08-20',
    );
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: 'MATERIALS_INCOMPLETE', rule: 'HA-18' },
    });
    expect(decideNewClaimActions(HA, '2026-05-31', '2026-08-20').requestExtension).toMatchObject({
      allowed: false,
      applicable: false,
    });
  });
});

describe('§10 HA-18 documents per kind, every missing one at once', () => {
  it("HA-18 第十八条: the four lists in the notice's words", () => {
    const labels = (kind: 'INPATIENT' | 'OUTPATIENT' | 'EMERGENCY' | 'MATERNITY') =>
      HA.claims.documents.value[kind].map((item) => item.label);
    expect(HA.claims.documents.rule).toBe('HA-18');
    expect(labels('INPATIENT')).toEqual(['医院收费票据', '住院费用清单', '诊断证明（或出院小结）']);
    expect(labels('OUTPATIENT')).toEqual([
      '医院收费票据',
      '门诊费用清单',
      '门诊处方底方（或门诊病历）',
    ]);
    expect(labels('EMERGENCY')).toEqual([
      '医院收费票据',
      '医药费明细清单',
      '急诊诊断证明（或急诊病历）',
    ]);
    expect(labels('MATERNITY')).toEqual(['生育或产前检查医药费票据', '医疗费明细清单', '出院小结']);
  });

  it('HA-18 "应一次性告知补齐材料": a 淮安 outpatient claim missing two documents is told both', () => {
    const outcome = decideNewClaim(
      HA,
      { kind: 'OUTPATIENT', hasFiling: true, paidOn: '2026-09-01', provided: ['RECEIPT'] },
      '2026-09-24',
    );
    expect(outcome).toMatchObject({
      ok: false,
      refusal: {
        code: 'MATERIALS_INCOMPLETE',
        rule: 'HA-18',
        missing: ['ITEMISED_BILL', 'PRESCRIPTION'],
      },
    });
    if (!outcome.ok) {
      expect(outcome.refusal.message).toContain('费用明细清单');
      expect(outcome.refusal.message).toContain('门诊处方底方或门诊病历');
    }
  });

  it('HA-18 "诊断证明（或出院小结）": a discharge summary stands in for the inpatient diagnosis', () => {
    expect(
      missingClaimDocuments(HA, 'INPATIENT', ['RECEIPT', 'ITEMISED_BILL', 'DISCHARGE_SUMMARY']),
    ).toEqual([]);
    // … but not for the maternity list, which names the summary itself.
    expect(
      missingClaimDocuments(HA, 'MATERNITY', ['RECEIPT', 'ITEMISED_BILL', 'DIAGNOSIS']),
    ).toEqual(['DISCHARGE_SUMMARY']);
  });

  it('AH-47, AH-12-4: 安徽 lists no claim documents; the bills alone are asked, nothing more', () => {
    for (const kind of ['INPATIENT', 'OUTPATIENT', 'EMERGENCY', 'MATERNITY'] as const) {
      expect(AH.claims.documents.value[kind].map((item) => item.docType)).toEqual([
        'RECEIPT',
        'ITEMISED_BILL',
      ]);
    }
    expect(AH.claims.noExtraDocuments).toMatchObject({ value: true, rule: 'AH-12-4' });
    expect(HA.claims.noExtraDocuments).toMatchObject({ value: true, rule: 'HA-18' });
  });

  it('HA-18: a supplement that completes the claim sends it to review; one that does not says what is left', () => {
    const returned = stored({
      status: 'EXTENDED',
      kind: 'OUTPATIENT',
      provided: ['RECEIPT'],
      completeOn: null,
      deadline: null,
    });
    expect(decideClaimSupplement(HA, returned, ['ITEMISED_BILL'], '2026-09-24')).toMatchObject({
      ok: true,
      value: { status: 'EXTENDED', missing: ['PRESCRIPTION'], completeOn: null },
    });
    expect(
      decideClaimSupplement(HA, returned, ['ITEMISED_BILL', 'PRESCRIPTION'], '2026-09-24'),
    ).toMatchObject({
      ok: true,
      value: {
        status: 'SUBMITTED',
        missing: [],
        completeOn: '2026-09-24',
        reviewDueBy: { date: '2026-10-15' },
      },
    });
  });
});

describe('§10 HA-19 payment: 10 working days from complete materials, 20 in special cases', () => {
  it('HA-19 "从收齐…材料之日起…一般不超过10个工作日": complete 2026-09-24, due 2026-10-15 across 中秋 and 国庆', () => {
    // 09-25..27 中秋, 10-01..07 国庆 are off; 10-10 (Saturday) is a make-up workday.
    expect(claimPaymentDue(HA, '2026-09-24', false)).toEqual({
      date: '2026-10-15',
      provisional: false,
    });
  });

  it('HA-19 "特殊情况不超过20个工作日": special → 2026-10-29', () => {
    expect(claimPaymentDue(HA, '2026-09-24', true)?.date).toBe('2026-10-29');
  });

  it('HA-19: APPROVE sets paymentDueBy from the day the materials were complete, not the approval', () => {
    const submitted = stored({ kind: 'OUTPATIENT', completeOn: '2026-09-24', deadline: null });
    expect(decideClaimReview(HA, submitted, { decision: 'APPROVE' })).toEqual({
      ok: true,
      value: { status: 'APPROVED', paymentDueBy: { date: '2026-10-15', provisional: false } },
    });
    expect(decideClaimReview(HA, submitted, { decision: 'APPROVE', special: true })).toMatchObject({
      value: { paymentDueBy: { date: '2026-10-29' } },
    });
  });

  it('AH-47 "按时完成医保基金的支付划拨": 安徽 sets no number of days, so no payment date is promised', () => {
    expect(AH.claims.payment).toMatchObject({ value: null, rule: 'AH-47' });
    expect(decideClaimReview(AH, stored(), { decision: 'APPROVE' })).toEqual({
      ok: true,
      value: { status: 'APPROVED', paymentDueBy: null },
    });
    expect(decideClaimReview(AH, stored(), { decision: 'APPROVE', special: true })).toMatchObject({
      ok: false,
    });
  });
});

describe('§10 HA-17 cases; PZH-4-4; YJ-10', () => {
  it('HA-17（一）: "办理异地就医备案手续后…未能刷卡直接结算" needs a registration', () => {
    const request = {
      kind: 'INPATIENT',
      case: 'NOT_SETTLED_DIRECTLY',
      hasFiling: false,
      paidOn: '2026-09-01',
      provided: [],
    } as const;
    expect(decideNewClaim(HA, request, '2026-09-02')).toMatchObject({
      ok: false,
      refusal: { code: 'NOT_ELIGIBLE', rule: 'HA-17', fields: { filingId: expect.any(String) } },
    });
  });

  it('HA-17（三）（四）: a student at home in the vacation, a birth off-site, without a registration', () => {
    const maternity = decideNewClaim(
      HA,
      {
        kind: 'MATERNITY',
        case: 'MATERNITY_OFFSITE',
        hasFiling: false,
        paidOn: '2026-09-01',
        provided: ['RECEIPT', 'ITEMISED_BILL', 'DISCHARGE_SUMMARY'],
      },
      '2026-09-02',
    );
    expect(maternity).toMatchObject({ ok: true, value: { case: 'MATERNITY_OFFSITE' } });
    // （四） is maternity care only.
    expect(
      decideNewClaim(
        HA,
        {
          kind: 'OUTPATIENT',
          case: 'MATERNITY_OFFSITE',
          hasFiling: false,
          paidOn: '2026-09-01',
          provided: [],
        },
        '2026-09-02',
      ),
    ).toMatchObject({ ok: false, refusal: { code: 'NOT_ELIGIBLE', rule: 'HA-17' } });
    expect(HA.claims.cases.map((c) => c.case)).toEqual([
      'NOT_SETTLED_DIRECTLY',
      'EMERGENCY_UNFILED',
      'STUDENT_VACATION',
      'MATERNITY_OFFSITE',
      'OTHER',
    ]);
  });

  it('PZH-4-4: without a registration the answer is the phone filing (0812-12333), never "cannot"', () => {
    const outcome = decideNewClaim(
      PZH,
      { kind: 'INPATIENT', hasFiling: false, paidOn: '2026-09-01', provided: [...bills] },
      '2026-09-02',
    );
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: 'PHONE_FILING_REQUIRED', rule: 'PZH-4-4' },
    });
    if (!outcome.ok) expect(outcome.refusal.message).toContain('0812-12333');
  });

  it('YJ-10 第三条 手工结算: 阳江 pays unregistered care too (at a lower ratio), so no filing is needed', () => {
    expect(
      decideNewClaim(
        YJ,
        { kind: 'INPATIENT', hasFiling: false, paidOn: '2026-09-01', provided: [...bills] },
        '2026-09-02',
      ),
    ).toMatchObject({
      ok: true,
      value: { case: 'NOT_SETTLED_DIRECTLY' },
    });
  });
});

describe('§10 AH-47 forfeiture and reminders by the daily sweep', () => {
  const extended = stored({
    status: 'EXTENDED',
    provided: ['RECEIPT'],
    completeOn: null,
    extendedDeadline: '2026-11-30',
    extensionsUsed: 1,
  });

  it('AH-47 "逾期未按规定提交…视为放弃医保报销": extended, still incomplete after 2026-11-30 → forfeited', () => {
    expect(sweepClaim(AH, extended, '2026-12-01')).toEqual({
      forfeit: { rule: 'AH-47' },
      reminder: null,
    });
    expect(sweepClaim(AH, extended, '2026-11-30').forfeit).toBeNull();
    expect(decideClaimSupplement(AH, extended, ['ITEMISED_BILL'], '2026-12-01')).toMatchObject({
      ok: false,
      refusal: { code: 'CLAIM_DEADLINE_PASSED', rule: 'AH-47', until: '2026-11-30' },
    });
  });

  it('AH-47: reminders 30, 7 and 1 day before the binding deadline (the closest stage reached)', () => {
    expect(sweepClaim(AH, extended, '2026-10-30').reminder).toBeNull();
    expect(sweepClaim(AH, extended, '2026-10-31').reminder).toEqual({
      daysBefore: 30,
      dueDate: '2026-11-30',
    });
    expect(sweepClaim(AH, extended, '2026-11-25').reminder).toEqual({
      daysBefore: 7,
      dueDate: '2026-11-30',
    });
    expect(sweepClaim(AH, extended, '2026-11-29').reminder).toEqual({
      daysBefore: 1,
      dueDate: '2026-11-30',
    });
    expect(nextClaimSweepDay(extended, '2026-09-01')).toBe('2026-10-31');
    expect(nextClaimSweepDay(extended, '2026-11-24')).toBe('2026-11-29');
    expect(nextClaimSweepDay(extended, '2026-11-30')).toBe('2026-12-01');
  });

  it('AH-47: an extension request asked in time holds the deadline while the office decides', () => {
    const pending = stored({
      status: 'EXTENSION_REQUESTED',
      provided: ['RECEIPT'],
      completeOn: null,
      extensionRequest: { reason: 'x', requestedOn: '2026-08-20' },
    });
    expect(sweepClaim(AH, pending, '2026-09-05')).toEqual({ forfeit: null, reminder: null });
    expect(decideClaimSupplement(AH, pending, ['ITEMISED_BILL'], '2026-09-05')).toMatchObject({
      ok: true,
      value: { status: 'SUBMITTED' },
    });
  });

  it('AH-47 "提交零星报销申请": a claim submitted complete in time is never forfeited, even when returned', () => {
    const returned = stored({ status: 'RETURNED' });
    expect(sweepClaim(AH, returned, '2027-06-01')).toEqual({ forfeit: null, reminder: null });
    expect(nextClaimSweepDay(returned, '2026-06-01')).toBeNull();
  });

  it('HA-17: 淮安 forfeits nothing (no deadline)', () => {
    expect(HA.claims.forfeitedAfterDeadline.value).toBe(false);
    expect(
      sweepClaim(HA, stored({ status: 'RETURNED', completeOn: null, deadline: null }), '2030-01-01')
        .forfeit,
    ).toBeNull();
  });
});

describe('§10 actions and the public view', () => {
  it('AH-47: actions grey the supplement after the deadline with the date; reviewer actions follow the state', () => {
    const extended = stored({
      status: 'EXTENDED',
      provided: ['RECEIPT'],
      completeOn: null,
      extendedDeadline: '2026-11-30',
    });
    const before = decideClaimActions(AH, extended, '2026-11-30');
    expect(before.supplement).toEqual({ allowed: true });
    expect(before.approve).toMatchObject({ allowed: false, code: 'CLAIM_NOT_OPEN' });
    expect(before.reject).toEqual({ allowed: true });
    expect(decideClaimActions(AH, extended, '2026-12-01').supplement).toMatchObject({
      allowed: false,
      code: 'CLAIM_DEADLINE_PASSED',
      rule: 'AH-47',
      until: '2026-11-30',
    });
    const paid = decideClaimActions(AH, stored({ status: 'PAID' }), '2026-12-01');
    expect(paid.supplement).toMatchObject({ allowed: false, applicable: false });
    expect(decideClaimActions(AH, stored({ status: 'APPROVED' }), '2026-12-01').markPaid).toEqual({
      allowed: true,
    });
  });

  it('AH-47: before starting, the app knows whether a bill can still be claimed', () => {
    expect(decideNewClaimActions(AH, '2026-05-31', '2026-08-31')).toEqual({
      submit: { allowed: true },
      requestExtension: { allowed: true },
    });
    expect(decideNewClaimActions(AH, '2026-05-31', '2026-09-01').submit).toMatchObject({
      allowed: false,
      code: 'CLAIM_DEADLINE_PASSED',
      until: '2026-08-31',
    });
  });

  it('BB-3-2: 蚌埠 三（二）"同一次住院的全部医疗费用只能选择在一地结算报销": in the preset and the view', () => {
    expect(BB.claims.oneSettlementPerAdmission).toMatchObject({ rule: 'BB-3-2' });
    expect(BB.claims.oneSettlementPerAdmission.value?.text).toContain('只能选择在一地结算报销');
    expect(AH.claims.oneSettlementPerAdmission.value).toBeNull();
    expect(publicPolicyView(BB).claims.oneSettlementPerAdmission.rule).toBe('BB-3-2');
  });

  it('HA-18, HA-19, AH-47: the public view lists each kind with its documents, the deadline, the payment time', () => {
    const view = publicPolicyView(HA).claims;
    expect(view.kinds.map((k) => k.kind)).toEqual([
      'INPATIENT',
      'OUTPATIENT',
      'EMERGENCY',
      'MATERNITY',
    ]);
    expect(view.kinds[1]?.documents.map((d) => d.docType)).toEqual([
      'RECEIPT',
      'ITEMISED_BILL',
      'PRESCRIPTION',
    ]);
    expect(view.payment).toMatchObject({
      value: { normalWorkingDays: 10, specialWorkingDays: 20 },
      rule: 'HA-19',
    });
    expect(publicPolicyView(AH).claims.deadline).toMatchObject({
      value: { months: 3 },
      rule: 'AH-47',
    });
    const json = publicPolicyView(AH);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('AH-9: the public view carries the direct-settlement note with its clause', () => {
    const view = publicPolicyView(AH);
    expect(view.directSettlement).toMatchObject({ rule: 'AH-9' });
    expect(view.directSettlement.value).toContain('就医地目录');
    expect(view.categories).toHaveLength(6);
  });
});
