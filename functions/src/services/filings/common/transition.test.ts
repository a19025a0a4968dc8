// The one state-change path: the transitions table answers before the use case decides, and the
// status written is the table's, whatever the decision's record carries.
import { approvedFiling } from '../testing/activeFiling';
import { actor } from '../testing/fixtures';
import { transition, type Decided } from './transition';

const HA_LONG_TERM = { proof: 'RESIDENCE_PERMIT', extra: { proofEndDate: '2029-12-31' } } as const;

describe('transition()', () => {
  it('HA-9: refuses from the table before the decision runs, and writes nothing', async () => {
    const { depsOn, memory, filing } = await approvedFiling(
      '320800',
      'LONG_TERM_RESIDENT',
      HA_LONG_TERM,
    );
    const decide = jest.fn();
    await expect(
      transition(depsOn('2027-01-20'), actor, {
        filingId: filing.id,
        expectedVersion: filing.version,
        event: 'RESUBMIT',
        loadAs: 'ACTING_PERSON',
        decide,
      }),
    ).rejects.toMatchObject({ code: 'FILING_NOT_ACTIVE', details: { rule: 'HA-6' } });
    expect(decide).not.toHaveBeenCalled();
    expect(memory.filings.get(filing.id)?.filing.version).toBe(filing.version);
  });

  it('HA-9: writes the status the table gives the event, not the one the record carried', async () => {
    const { depsOn, memory, filing } = await approvedFiling(
      '320800',
      'LONG_TERM_RESIDENT',
      HA_LONG_TERM,
    );
    const view = await transition(depsOn('2027-06-20'), actor, {
      filingId: filing.id,
      expectedVersion: filing.version,
      event: 'CANCEL',
      loadAs: 'ACTING_PERSON',
      // The loaded record (status ACTIVE) as the next one: the table makes it CANCELLED.
      decide: ({ filing: loaded }): Decided => ({ next: { ...loaded }, recorded: 'CANCELLED' }),
    });
    expect(view.status).toBe('CANCELLED');
    const stored = memory.filings.get(filing.id)?.filing;
    expect(stored).toMatchObject({ status: 'CANCELLED', version: filing.version + 1 });
  });

  it('treats a decision that picks a row the status does not allow as a bug, not an answer', async () => {
    const { depsOn, memory, filing } = await approvedFiling(
      '320800',
      'LONG_TERM_RESIDENT',
      HA_LONG_TERM,
    );
    await expect(
      transition(depsOn('2027-06-20'), actor, {
        filingId: filing.id,
        expectedVersion: filing.version,
        event: 'CANCEL',
        loadAs: 'ACTING_PERSON',
        decide: ({ filing: loaded }): Decided => ({
          next: { ...loaded },
          recorded: 'REVIEWED',
          event: 'APPROVE',
        }),
      }),
    ).rejects.toThrow('transition APPROVE from ACTIVE is not a row');
    expect(memory.filings.get(filing.id)?.filing.version).toBe(filing.version);
  });
});
