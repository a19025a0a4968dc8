import { AppError } from '../../../errors';
import { StoreConflictError, type FilingRecord } from '../../../store';
import { policyForRegion } from '@yidi/shared';
import { presentFiling } from './present';
import { storeConflictError } from './refusals';

const filing: FilingRecord = {
  id: 'p1_f1',
  number: 'N1',
  personId: 'p1',
  person: {
    id: 'p1',
    name: '王五',
    idNumberMasked: '3401**********0011',
    gender: 'MALE',
    birthDate: '1958-03-01',
    insuranceType: 'EMPLOYEE',
    insuredRegion: '340100',
  },
  insuredRegion: '340100',
  category: 'LONG_TERM_RESIDENT',
  class: 'LONG_TERM',
  destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
  status: 'ACTIVE',
  filedOn: '2026-12-15',
  validFrom: '2026-12-15',
  validUntil: null,
  lockAnchor: '2026-12-16',
  commitment: null,
  review: { dueBy: '2026-12-17', notices: [] },
  proof: { kind: 'MATERIALS', materialIds: ['m1'] },
  contact: { address: '上海', phone: '13912345678' },
  extensionsUsed: 0,
  version: 3,
  createdBy: 'u1',
  createdAt: '2026-12-15T02:00:00.000Z',
  updatedAt: '2026-12-16T02:00:00.000Z',
};

describe('presentFiling', () => {
  it('judges the actions for today and names the person by masked ID only (no versions)', () => {
    const view = presentFiling({ filing, policy: policyForRegion('340100')!, today: '2027-01-10' });
    expect(view).not.toHaveProperty('history');
    expect(view.actions.change).toMatchObject({
      allowed: false,
      code: 'CHANGE_LOCKED',
      until: '2027-06-17',
    });
    // The person as the filing recorded it, by masked ID number only.
    expect(view.person).toEqual({ id: 'p1', name: '王五', idNumberMasked: '3401**********0011' });
  });
});

describe('storeConflictError', () => {
  const raceLost = Object.assign(new Error('cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
  });
  it.each([
    [new StoreConflictError('VERSION_CONFLICT'), undefined, 'VERSION_CONFLICT'],
    [new StoreConflictError('ACTIVE_FILING_EXISTS'), undefined, 'ACTIVE_FILING_EXISTS'],
    [raceLost, undefined, 'VERSION_CONFLICT'],
    [raceLost, 'ACTIVE_FILING_EXISTS' as const, 'ACTIVE_FILING_EXISTS'],
  ])('maps %p to %s', (error, raceMeans, code) => {
    const mapped = storeConflictError(error, raceMeans);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe(code);
  });

  it('leaves anything else alone (a 500, not a made-up conflict)', () => {
    const outage = new Error('network down');
    expect(storeConflictError(outage)).toBe(outage);
  });
});
