import { approveFiling } from './approveFiling';
import { fileFiling } from '../file/fileFiling';
import { actor, filingInput, reviewerOf, setUp } from '../testing/fixtures';

async function pending() {
  const setup = setUp('320800');
  const filing = await fileFiling(
    setup.depsOn('2026-12-15'),
    actor,
    filingInput(setup.personId, {
      category: 'REFERRAL',
      referral: {
        hospitalName: '淮安市第一人民医院',
        certificateMaterialId: setup.material('REFERRAL_CERTIFICATE'),
      },
    }),
  );
  return { ...setup, filing };
}

describe('approveFiling', () => {
  it('makes the filing ACTIVE with the lock anchored on the approval day (decideReviewApproval)', async () => {
    const { depsOn, memory, filing } = await pending();
    const approved = await approveFiling(depsOn('2026-12-16'), reviewerOf('320800'), {
      filingId: filing.id,
      expectedVersion: 1,
    });
    expect(approved).toMatchObject({ status: 'ACTIVE', version: 2, validFrom: '2026-12-15' });
    expect(memory.filings.get(filing.id)?.filing.lockAnchor).toBe('2026-12-16');
    expect(approved).not.toHaveProperty('history');
    expect(memory.filings.get(filing.id)?.history.map((entry) => entry.event)).toEqual([
      'FILED',
      'REVIEWED',
    ]);
  });

  it.each([
    { name: 'an insured user', reviewer: actor, code: 'FORBIDDEN' },
    { name: 'a reviewer of another region', reviewer: reviewerOf('340100'), code: 'NOT_FOUND' },
  ])('refuses $name ($code)', async ({ reviewer, code }) => {
    const { depsOn, filing } = await pending();
    await expect(
      approveFiling(depsOn('2026-12-16'), reviewer, { filingId: filing.id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code });
  });

  it('refuses a second approval (FILING_NOT_ACTIVE) and a stale version (VERSION_CONFLICT)', async () => {
    const { depsOn, filing } = await pending();
    const deps = depsOn('2026-12-16');
    await approveFiling(deps, reviewerOf('320800'), { filingId: filing.id, expectedVersion: 1 });
    await expect(
      approveFiling(deps, reviewerOf('320800'), { filingId: filing.id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    await expect(
      approveFiling(deps, reviewerOf('320800'), { filingId: filing.id, expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: 'FILING_NOT_ACTIVE' });
  });
});
