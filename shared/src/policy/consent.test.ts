import { consentRefusal, consentRequirement, isUnder14, PRIVACY_POLICY_VERSION } from './consent';

const given = { policyVersion: PRIVACY_POLICY_VERSION, sensitive: true };

describe('PIPL 第二十九条: separate consent to sensitive personal information', () => {
  it('refuses a missing consent or one without sensitive: true', () => {
    const adult = consentRequirement('1980-01-01', '2026-12-01');
    expect(consentRefusal(adult, undefined, false)?.rule).toBe('PIPL-29');
    expect(consentRefusal(adult, { ...given, sensitive: false }, false)?.rule).toBe('PIPL-29');
    expect(consentRefusal(adult, { ...given, policyVersion: '' }, false)?.rule).toBe('PIPL-29');
    expect(consentRefusal(adult, given, false)).toBeUndefined();
    expect(consentRefusal(adult, given, true)).toBeUndefined();
  });
});

describe('PIPL 第三十一条: a guardian consents for a child under 14', () => {
  it('counts the fourteenth birthday as 14', () => {
    expect(isUnder14('2012-12-01', '2026-11-30')).toBe(true);
    expect(isUnder14('2012-12-01', '2026-12-01')).toBe(false);
    // Born on 29 February: 14 on 28 February of a common year (CC-201 month ends).
    expect(isUnder14('2012-02-29', '2026-02-27')).toBe(true);
  });

  it('needs guardian: true from someone else, never from the child’s own account', () => {
    const child = consentRequirement('2020-05-05', '2026-12-01');
    expect(child).toEqual({ guardian: true, rule: 'PIPL-31' });
    expect(consentRefusal(child, given, false)?.rule).toBe('PIPL-31');
    expect(consentRefusal(child, { ...given, guardian: true }, false)).toBeUndefined();
    expect(consentRefusal(child, { ...given, guardian: true }, true)?.rule).toBe('PIPL-31');
  });
});
