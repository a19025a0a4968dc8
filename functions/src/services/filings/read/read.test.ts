import { getFiling } from './getFiling';
import { listFilings } from './listFilings';
import { fileFiling } from '../file/fileFiling';
import { actor, filingInput, setUp } from '../testing/fixtures';

describe('getFiling / listFilings', () => {
  it("judges actions for the clock's day and shows the masked person", async () => {
    const { personId, depsOn } = setUp('340100');
    const filed = await fileFiling(depsOn('2026-12-15'), actor, filingInput(personId));
    const seen = await getFiling(depsOn('2026-12-20'), actor, { filingId: filed.id });
    expect(seen.person).toEqual({
      id: personId,
      name: '王五',
      idNumberMasked: '3401**********0011',
    });
    expect(seen.actions.cancel).toEqual({ allowed: true });
    const afterExpiry = await getFiling(depsOn('2028-01-01'), actor, { filingId: filed.id });
    expect(afterExpiry.validUntil).toBe('2027-12-15');
    expect(afterExpiry).not.toHaveProperty('history');
  });

  it('refuses an unknown filing and another user (NOT_FOUND)', async () => {
    const { personId, depsOn } = setUp('340100');
    const filed = await fileFiling(depsOn('2026-12-15'), actor, filingInput(personId));
    const stranger = { ...actor, userId: 'stranger' };
    await expect(
      getFiling(depsOn('2026-12-15'), actor, { filingId: 'nope' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      getFiling(depsOn('2026-12-15'), stranger, { filingId: filed.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists newest first and filters by status', async () => {
    const { personId, depsOn, material } = setUp('340100');
    const older = await fileFiling(
      depsOn('2026-12-15'),
      actor,
      filingInput(personId, {
        category: 'LONG_TERM_RESIDENT',
        proof: { kind: 'MATERIALS', materialIds: [material('RESIDENCE_PERMIT')] },
      }),
    );
    const newer = await fileFiling(
      depsOn('2026-12-16'),
      actor,
      filingInput(personId, { startDate: '2026-12-16' }),
    );
    const all = await listFilings(depsOn('2026-12-16'), actor, { personId });
    expect(all.map((filing) => filing.id)).toEqual([newer.id, older.id]);
    const active = await listFilings(depsOn('2026-12-16'), actor, { status: 'ACTIVE' });
    expect(active.map((filing) => filing.id)).toEqual([newer.id]);
  });
});
