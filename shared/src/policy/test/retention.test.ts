import { commitmentLetterRetention } from '../retention';

describe('commitment letter retention (privacy policy)', () => {
  const byRegion = () =>
    Object.fromEntries(commitmentLetterRetention().map((r) => [r.regionCode, r]));

  it('AH-13-1: Anhui keeps a commitment letter 2 years (annex 2)', () => {
    expect(byRegion()['340100']).toMatchObject({ years: 2, rule: 'AH-13-1' });
  });

  it("HA-7: Huai'an keeps a commitment letter 3 years", () => {
    expect(byRegion()['320800']).toMatchObject({ years: 3, rule: 'HA-7' });
    expect(byRegion()['320800']?.regionName).toContain('淮安');
  });

  it('PZH-1: a region without the commitment path keeps no letter and is not listed', () => {
    expect(byRegion()['510400']).toBeUndefined();
  });
});
