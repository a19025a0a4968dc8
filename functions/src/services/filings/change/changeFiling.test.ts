import { changeFiling } from './changeFiling';
import { actor } from '../testing/fixtures';
import { approvedFiling } from '../testing/activeFiling';

describe('changeFiling (AH-14-1)', () => {
  it('refuses an ordinary change inside 6 months with the day the lock lifts', async () => {
    const { depsOn, filing } = await approvedFiling('340100', 'LONG_TERM_RESIDENT', {
      proof: 'RESIDENCE_PERMIT',
    });
    await expect(
      changeFiling(depsOn('2027-02-01'), actor, {
        filingId: filing.id,
        expectedVersion: filing.version,
        reason: 'OTHER',
        destination: { code: '320100' },
      }),
    ).rejects.toMatchObject({
      code: 'CHANGE_LOCKED',
      details: { rule: 'AH-14-1', until: '2027-06-17' },
    });
  });

  it('changes at once for a relocation with evidence; the previous version stays in history', async () => {
    const { depsOn, material, filing, memory } = await approvedFiling(
      '340100',
      'LONG_TERM_RESIDENT',
      {
        proof: 'RESIDENCE_PERMIT',
      },
    );
    const changed = await changeFiling(depsOn('2027-02-01'), actor, {
      filingId: filing.id,
      expectedVersion: filing.version,
      reason: 'RELOCATED',
      destination: { code: '320100' },
      evidenceMaterialIds: [material('EVIDENCE')],
    });
    expect(changed).toMatchObject({ version: 3, destination: { code: '320100', level: 'CITY' } });
    const history = memory.filings.get(filing.id)?.history ?? [];
    expect(history.map((entry) => [entry.event, entry.destination.code])).toEqual([
      ['FILED', '310000'],
      ['REVIEWED', '310000'],
      ['CHANGED', '320100'],
    ]);
    expect(history[2]?.note).toBe('RELOCATED');
  });

  it('refuses while a commitment is open (COMMITMENT_OPEN)', async () => {
    const { depsOn, material, filing } = await approvedFiling('340100', 'LONG_TERM_RESIDENT', {
      commitment: 'RESIDENCE_PERMIT',
    });
    await expect(
      changeFiling(depsOn('2027-02-01'), actor, {
        filingId: filing.id,
        expectedVersion: filing.version,
        reason: 'RELOCATED',
        evidenceMaterialIds: [material('EVIDENCE')],
      }),
    ).rejects.toMatchObject({ code: 'COMMITMENT_OPEN' });
  });
});
