import { extendFiling } from './extendFiling';
import { actor } from '../testing/fixtures';
import { approvedFiling } from '../testing/activeFiling';

async function referral(region: string) {
  return approvedFiling(region, 'REFERRAL', { referral: true });
}

describe('extendFiling (PZH-4-2-2: a request with its reason, decided by a reviewer)', () => {
  it.each([
    {
      region: '510400',
      date: '2027-01-10',
      outcome: {
        validUntil: '2027-01-15',
        extensionRequest: { reason: '床位紧张未能入院', requestedOn: '2027-01-10' },
      },
    },
    { region: '510400', date: '2027-01-16', outcome: { code: 'FILING_NOT_ACTIVE' } },
    { region: '340100', date: '2027-01-10', outcome: { code: 'NOT_APPLICABLE' } },
  ])('in $region on $date → $outcome', async ({ region, date, outcome }) => {
    const { depsOn, filing } = await referral(region);
    const attempt = extendFiling(depsOn(date), actor, {
      filingId: filing.id,
      expectedVersion: filing.version,
      reason: '床位紧张未能入院',
    });
    if ('validUntil' in outcome) await expect(attempt).resolves.toMatchObject(outcome);
    else await expect(attempt).rejects.toMatchObject(outcome);
  });

  it('PZH-4-2-2: without a reason the request is refused, naming the field', async () => {
    const { depsOn, filing } = await referral('510400');
    await expect(
      extendFiling(depsOn('2027-01-10'), actor, {
        filingId: filing.id,
        expectedVersion: filing.version,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'PZH-4-2-2' } });
  });
});
