import { supplementFiling } from './supplementFiling';
import { actor } from '../testing/fixtures';
import { approvedFiling } from '../testing/activeFiling';

describe('supplementFiling', () => {
  it('closes the commitment when the missing proof arrives (FULFILLED, version + 1)', async () => {
    const { depsOn, material, filing } = await approvedFiling('340100', 'STATIONED_WORKER', {
      commitment: 'WORK_PROOF',
    });
    const supplemented = await supplementFiling(depsOn('2027-01-10'), actor, {
      filingId: filing.id,
      materialIds: [material('WORK_PROOF')],
      expectedVersion: filing.version,
    });
    expect(supplemented.commitment).toMatchObject({ status: 'FULFILLED', missing: [] });
    expect(supplemented.version).toBe(filing.version + 1);
    expect(supplemented.materialIds).toHaveLength(2);
  });

  it.each([
    {
      name: 'a document that was not missing',
      docType: 'IDENTITY',
      date: '2027-01-10',
      code: 'MATERIALS_INCOMPLETE',
    },
    {
      name: 'the day after the due date',
      docType: 'WORK_PROOF',
      date: '2027-03-16',
      code: 'FILING_NOT_ACTIVE',
    },
  ] as const)('refuses $name ($code)', async ({ docType, date, code }) => {
    const { depsOn, material, filing } = await approvedFiling('340100', 'STATIONED_WORKER', {
      commitment: 'WORK_PROOF',
    });
    await expect(
      supplementFiling(depsOn(date), actor, {
        filingId: filing.id,
        materialIds: [material(docType)],
      }),
    ).rejects.toMatchObject({ code });
  });

  it('refuses a stale expectedVersion (VERSION_CONFLICT)', async () => {
    const { depsOn, material, filing } = await approvedFiling('340100', 'STATIONED_WORKER', {
      commitment: 'WORK_PROOF',
    });
    await expect(
      supplementFiling(depsOn('2027-01-10'), actor, {
        filingId: filing.id,
        materialIds: [material('WORK_PROOF')],
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
  });
});
