// Which refused actions the app leaves out (`applicable: false`) and which it shows greyed with
// their reason and date: the engine decides both (actions.ts).
import { decideActions, isApplicable } from '../actions';
import { POLICIES, filing } from './fixtures';

describe('actions: never applicable vs locked for now', () => {
  it('PZH-4-2-2: only a referral with an end date can be extended; a long-term filing never', () => {
    const longTerm = decideActions(POLICIES.PZH, filing(POLICIES.PZH), '2026-04-01').extend;
    expect(longTerm).toMatchObject({ allowed: false, code: 'NOT_APPLICABLE', applicable: false });
    expect(isApplicable(longTerm)).toBe(false);

    const referral = filing(POLICIES.PZH, {
      category: 'REFERRAL',
      class: 'TEMPORARY',
      validUntil: '2026-04-09',
    });
    expect(decideActions(POLICIES.PZH, referral, '2026-04-01').extend).toEqual({ allowed: true });
    // Pending review: not yet, but it will be: shown, with the reason.
    const pending = decideActions(
      POLICIES.PZH,
      { ...referral, status: 'PENDING_REVIEW' },
      '2026-03-12',
    ).extend;
    expect(pending).toMatchObject({ allowed: false, code: 'FILING_NOT_ACTIVE' });
    expect(isApplicable(pending)).toBe(true);
  });

  it('AH-14-1: a supplement needs an open commitment; without one it is never offered', () => {
    const none = decideActions(POLICIES.AH, filing(POLICIES.AH), '2026-04-01').supplement;
    expect(none).toMatchObject({ code: 'NOT_APPLICABLE', applicable: false });
    const fulfilled = decideActions(
      POLICIES.AH,
      filing(POLICIES.AH, {
        commitment: {
          status: 'FULFILLED',
          signedOn: '2026-03-10',
          dueDate: '2026-09-10',
          missing: [],
        },
      }),
      '2026-04-01',
    ).supplement;
    expect(isApplicable(fulfilled)).toBe(false);
  });

  it('AH-14-1: a change lock is shown with its date, not hidden', () => {
    const change = decideActions(POLICIES.AH, filing(POLICIES.AH), '2026-04-01').change;
    expect(change).toMatchObject({ allowed: false, code: 'CHANGE_LOCKED', until: '2026-09-11' });
    expect(isApplicable(change)).toBe(true);
  });

  it('PZH-4-3-2: an emergency registration (this admission only) is never changed, whatever its status', () => {
    const emergency = filing(POLICIES.PZH, {
      category: 'EMERGENCY',
      class: 'TEMPORARY',
      validUntil: null,
    });
    for (const status of ['ACTIVE', 'PENDING_REVIEW'] as const) {
      const change = decideActions(POLICIES.PZH, { ...emergency, status }, '2026-04-01').change;
      expect(change).toMatchObject({ code: 'NOT_APPLICABLE', applicable: false });
    }
  });

  it.each(['CANCELLED', 'REJECTED', 'EXPIRED', 'TERMINATED'] as const)(
    'AH-14-1: nothing is offered on a %s filing',
    (status) => {
      const actions = decideActions(POLICIES.AH, filing(POLICIES.AH, { status }), '2027-04-01');
      for (const action of Object.values(actions)) expect(isApplicable(action)).toBe(false);
    },
  );

  it('AH-14-1: an allowed action is always shown', () => {
    expect(isApplicable({ allowed: true })).toBe(true);
  });
});
