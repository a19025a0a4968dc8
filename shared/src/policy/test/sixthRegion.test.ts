// A sixth region is data only: a plain object through buildPolicy, then the same engine.
import { buildPolicy, PolicyValidationError } from '../buildPolicy';
import { decideActions } from '../actions';
import { overridePolicy } from '../mergePolicy';
import { decideNewFiling } from '../newFiling';
import { ANHUI_POLICY_INPUT, HUAIAN_POLICY_INPUT } from '../presets';
import { refusalOf, valueOf } from './fixtures';

// A made-up region: Anhui's rules with a 2-month commitment and a 3-month change lock.
const DEMO_INPUT = overridePolicy(ANHUI_POLICY_INPUT, {
  id: 'DEMO',
  name: '示例市',
  commitment: { value: { months: 2, consequence: 'CREDIT_REPORT' } },
  categories: { LONG_TERM_RESIDENT: { changeLockMonths: { value: 3 } } },
});

// Deliberately untyped: these tests break the shape on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Plain = Record<string, any>;

const person = {
  insuranceType: 'EMPLOYEE' as const,
  birthDate: '1960-01-01',
  gender: 'MALE' as const,
  insuredRegion: '340100',
};

describe('a sixth region from a plain object', () => {
  const demo = buildPolicy(JSON.parse(JSON.stringify(DEMO_INPUT)));

  it('AH-13-1: the merged plain object keeps AH and changes only what it overrides', () => {
    expect(demo.id).toBe('DEMO');
    expect(demo.commitment.value).toEqual({
      months: 2,
      consequence: 'CREDIT_REPORT',
      letterRetentionYears: 2,
      usableWhileOpen: true,
      groups: null,
      committableDocs: null,
    });
    expect(demo.categories.LONG_TERM_RESIDENT.changeLockMonths).toMatchObject({
      value: 3,
      rule: 'AH-14-1',
    });
    expect(demo.categories.STATIONED_WORKER.changeLockMonths.value).toBe(6);
  });

  it('AH-14-1: decideNewFiling and decideActions run on it with its own numbers', () => {
    const outcome = valueOf(
      decideNewFiling(demo, {
        person,
        request: {
          category: 'LONG_TERM_RESIDENT',
          destinationCode: '320100',
          startDate: '2026-08-31',
          proof: { kind: 'COMMITMENT', missing: ['RESIDENCE_PERMIT'], provided: [] },
        },
        today: '2026-08-31',
      }),
    );
    // 2026-08-31 + 2 months = Saturday 2026-10-31, rolled over to Monday (CC-201).
    expect(outcome.commitment?.dueDate).toBe('2026-11-02');
    const state = {
      ...outcome,
      category: 'LONG_TERM_RESIDENT' as const,
      status: 'ACTIVE' as const,
      insuredRegion: '340100',
      destinationCode: '320100',
      filedOn: '2026-08-31',
      commitment: null,
    };
    expect(decideActions(demo, state, '2026-09-15').change).toMatchObject({
      allowed: false,
      code: 'CHANGE_LOCKED',
      until: '2026-12-01',
    });
    expect(decideActions(demo, state, '2026-12-01').change).toEqual({ allowed: true });
  });

  it('HA-8: a hand-written copy of 淮安 with other numbers works the same way', () => {
    const copy = JSON.parse(JSON.stringify(HUAIAN_POLICY_INPUT));
    copy.id = 'HA2';
    copy.cancelLock.value.months = 1;
    const policy = buildPolicy(copy);
    const state = {
      category: 'LONG_TERM_RESIDENT' as const,
      class: 'LONG_TERM' as const,
      status: 'ACTIVE' as const,
      insuredRegion: '320800',
      destinationCode: '310000',
      filedOn: '2026-03-10',
      validFrom: '2026-03-10',
      validUntil: '2027-03-09',
      lockAnchor: '2026-03-10',
      commitment: null,
    };
    expect(decideActions(policy, state, '2026-04-01').cancel).toMatchObject({
      until: '2026-04-11',
    });
    expect(
      refusalOf(
        decideNewFiling(policy, {
          person,
          request: {
            category: 'OTHER_TEMPORARY',
            destinationCode: '310000',
            startDate: '2026-04-01',
            proof: { kind: 'MATERIALS', provided: [] },
          },
          today: '2026-04-01',
        }),
      ).rule,
    ).toBe('HA-4');
  });

  const broken = (mutate: (plain: Plain) => void) => {
    const plain = JSON.parse(JSON.stringify(ANHUI_POLICY_INPUT)) as Plain;
    mutate(plain);
    return plain;
  };

  it.each([
    ['not an object', 'hello', /Invalid region policy/],
    ['no categories', broken((p) => delete p.categories), /categories/],
    [
      'an unknown rule id',
      broken((p) => (p.commitment.rule = 'XX-1')),
      /unknown rule id[\s\S]*commitment\.rule/,
    ],
    ['a missing clause', broken((p) => (p.review.onlineWorkingDays.clause = ' ')), /clause/],
    [
      'a negative lock',
      broken((p) => (p.categories.REFERRAL.changeLockMonths.value = -1)),
      /changeLockMonths/,
    ],
    ['a typo in a key', broken((p) => (p.comitment = p.commitment)), /comitment/],
    [
      'a commitment for referrals',
      broken((p) => (p.categories.REFERRAL.commitmentAllowed.value = true)),
      /only replace long-term proof/,
    ],
    [
      'a long-term category marked temporary',
      broken((p) => (p.categories.RETIRED_RESETTLED.class = 'TEMPORARY')),
      /RETIRED_RESETTLED is LONG_TERM/,
    ],
    [
      'emergency deemed filed yet offered as a filing',
      broken((p) => (p.categories.EMERGENCY.allowed.value = true)),
      /emergency mode DEEMED_FILED/,
    ],
    [
      'an unknown validity kind',
      broken((p) => (p.categories.REFERRAL.validity.value = { kind: 'FOREVER' })),
      /validity/,
    ],
  ])('AH-10: refuses a plain object with %s, saying where', (_name, plain, message) => {
    expect(() => buildPolicy(plain)).toThrow(PolicyValidationError);
    expect(() => buildPolicy(plain)).toThrow(message);
  });

  // zod/mini has no locale of its own: buildPolicy says what was expected.
  it.each([
    [
      'a negative lock',
      broken((p) => (p.categories.REFERRAL.changeLockMonths.value = -1)),
      /too small: expected >= 0\n\s*→ at categories\.REFERRAL\.changeLockMonths\.value/,
    ],
    [
      'a typo in a key',
      broken((p) => (p.comitment = p.commitment)),
      /unrecognized key\(s\) comitment/,
    ],
    ['a missing section', broken((p) => delete p.review), /expected object\n\s*→ at review/],
    [
      'an unknown validity kind',
      broken((p) => (p.categories.REFERRAL.validity.value = { kind: 'FOREVER' })),
      /expected one of "INDEFINITE", "MONTHS", .*"DEEMED_FILED"\n\s*→ at categories\.REFERRAL\.validity\.value\.kind/,
    ],
  ])('says in plain English what %s should have been', (_name, plain, message) => {
    expect(() => buildPolicy(plain)).toThrow(message);
  });
});
