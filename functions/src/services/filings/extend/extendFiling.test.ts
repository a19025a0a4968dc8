import { extendFiling } from './extendFiling';
import { actor } from '../testing/fixtures';
import { approvedFiling } from '../testing/activeFiling';

async function referral(region: string) {
  return approvedFiling(region, 'REFERRAL', { referral: true });
}

describe('extendFiling (PZH-4-2-2)', () => {
  it.each([
    { region: '510400', date: '2027-01-10', outcome: { validUntil: '2027-02-15' } },
    { region: '510400', date: '2027-01-16', outcome: { code: 'FILING_NOT_ACTIVE' } },
    { region: '340100', date: '2027-01-10', outcome: { code: 'NOT_APPLICABLE' } },
  ])('in $region on $date → $outcome', async ({ region, date, outcome }) => {
    const { depsOn, filing } = await referral(region);
    const attempt = extendFiling(depsOn(date), actor, {
      filingId: filing.id,
      expectedVersion: filing.version,
    });
    if ('validUntil' in outcome) await expect(attempt).resolves.toMatchObject(outcome);
    else await expect(attempt).rejects.toMatchObject(outcome);
  });
});
