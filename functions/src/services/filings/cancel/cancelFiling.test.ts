import { cancelFiling } from './cancelFiling';
import { actor } from '../testing/fixtures';
import { approvedFiling } from '../testing/activeFiling';

const HA_LONG_TERM = { proof: 'RESIDENCE_PERMIT', extra: { proofEndDate: '2029-12-31' } } as const;

describe('cancelFiling (HA-9)', () => {
  it('refuses inside 3 months with the day the lock lifts', async () => {
    const { depsOn, filing } = await approvedFiling('320800', 'LONG_TERM_RESIDENT', HA_LONG_TERM);
    await expect(
      cancelFiling(depsOn('2027-01-20'), actor, {
        filingId: filing.id,
        expectedVersion: filing.version,
        reason: '回参保地',
      }),
    ).rejects.toMatchObject({
      code: 'CANCEL_LOCKED',
      details: { rule: 'HA-9', until: '2027-03-17' },
    });
  });

  it('cancels in hospital, effective the next working day, and frees the long-term guard', async () => {
    const { depsOn, memory, filing } = await approvedFiling(
      '320800',
      'LONG_TERM_RESIDENT',
      HA_LONG_TERM,
    );
    const cancelled = await cancelFiling(depsOn('2027-01-20'), actor, {
      filingId: filing.id,
      expectedVersion: filing.version,
      reason: '住院',
      inHospital: true,
    });
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      details: { cancellation: { effectiveOn: '2027-01-21', inHospital: true } },
    });
    expect(memory.filings.get(filing.id)?.filing.status).toBe('CANCELLED');
  });
});
