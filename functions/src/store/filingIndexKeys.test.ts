import {
  dueIndexKeys,
  filingIndexKeys,
  holdsActiveLongTermGuard,
  poolingRegionOf,
} from './filingIndexKeys';
import type { FilingRecord } from './records';

const filing = (change: Partial<FilingRecord>): FilingRecord => ({
  id: 'f1',
  number: 'N1',
  personId: 'p1',
  person: {
    id: 'p1',
    name: '王五',
    idNumberMasked: '3403**********0011',
    gender: 'MALE',
    birthDate: '1958-03-01',
    insuranceType: 'EMPLOYEE',
    insuredRegion: '340300',
  },
  insuredRegion: '340300',
  category: 'LONG_TERM_RESIDENT',
  class: 'LONG_TERM',
  destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
  status: 'ACTIVE',
  filedOn: '2027-01-04',
  validFrom: '2027-01-04',
  validUntil: null,
  lockAnchor: '2027-01-04',
  commitment: null,
  review: null,
  proof: { kind: 'MATERIALS', materialIds: [] },
  contact: { address: 'x', phone: '13900000000' },
  extensionsUsed: 0,
  version: 1,
  createdBy: 'u1',
  createdAt: '2027-01-04T01:00:00.000Z',
  updatedAt: '2027-01-04T01:00:00.000Z',
  ...change,
});

const commitment = (status: 'OPEN' | 'FULFILLED') => ({
  status,
  signedAt: '2027-01-04T01:00:00.000Z',
  signedOn: '2027-01-04',
  dueDate: '2027-04-04',
  missing: ['RESIDENCE_PERMIT' as const],
  clawback: false,
});

describe('filingIndexKeys', () => {
  it.each([
    [
      'pending review → review queue',
      { status: 'PENDING_REVIEW' as const, review: { dueBy: '2027-01-18', notices: [] } },
      { gsi6pk: 'REVIEW#340300', gsi6sk: '2027-01-18#f1' },
    ],
    [
      'open commitment → commitment index',
      { commitment: commitment('OPEN') },
      { gsi3pk: 'DUE#2027-04#340300', gsi3sk: '2027-04-04#f1' },
    ],
    [
      'active with an end date → validity index',
      { validUntil: '2027-07-04' },
      { gsi4pk: 'ENDS#2027-07#340300', gsi4sk: '2027-07-04#f1' },
    ],
    [
      'fulfilled commitment, open-ended → region index only',
      { commitment: commitment('FULFILLED') },
      {},
    ],
    [
      'cancelled with an open commitment → nothing due',
      { status: 'CANCELLED' as const, commitment: commitment('OPEN'), validUntil: '2027-07-04' },
      {},
    ],
  ])('%s', (_label, change, expected) => {
    expect(filingIndexKeys(filing(change))).toEqual({
      gsi7pk: 'REGION#340300',
      gsi7sk: '2027-01-04T01:00:00.000Z#f1',
      ...expected,
    });
  });
});

describe('region index (GSI7, keys only)', () => {
  it('keeps its entry through every status and category change: no index write for them', () => {
    const regionKeys = (change: Partial<FilingRecord>) => {
      const { gsi7pk, gsi7sk } = filingIndexKeys(filing(change));
      return { gsi7pk, gsi7sk };
    };
    const filed = regionKeys({ status: 'PENDING_REVIEW' });
    expect(filed).toEqual({ gsi7pk: 'REGION#340300', gsi7sk: '2027-01-04T01:00:00.000Z#f1' });
    for (const status of ['RETURNED', 'ACTIVE', 'CANCELLED', 'EXPIRED'] as const) {
      expect(regionKeys({ status, category: 'STATIONED_WORKER' })).toEqual(filed);
    }
  });
});

describe('due-date index partitions: one per month and pooling region, the day in the sort key', () => {
  it('a county filing is due in its city pool', () => {
    // 怀远县 (340321) pools with 蚌埠市 (340300).
    const county = filing({
      insuredRegion: '340321',
      commitment: commitment('OPEN'),
      validUntil: '2027-07-04',
    });
    expect(filingIndexKeys(county)).toMatchObject({
      gsi3pk: 'DUE#2027-04#340300',
      gsi4pk: 'ENDS#2027-07#340300',
    });
    expect(poolingRegionOf('340321')).toBe('340300');
  });

  it('another region or another month is another partition; the days of a month share one', () => {
    const keysOf = (change: Partial<FilingRecord>, dueDate = '2027-04-04') =>
      filingIndexKeys(filing({ commitment: { ...commitment('OPEN'), dueDate }, ...change }));
    const hefei = keysOf({ insuredRegion: '340100' });
    const bengbu = keysOf({});
    const bengbuLater = keysOf({}, '2027-04-30');
    const bengbuNextMonth = keysOf({}, '2027-05-01');
    expect(new Set([hefei, bengbu, bengbuNextMonth].map((k) => k.gsi3pk)).size).toBe(3);
    expect(bengbuLater.gsi3pk).toBe(bengbu.gsi3pk);
    // The sort key orders the month's filings by day.
    expect(bengbu.gsi3sk! < bengbuLater.gsi3sk!).toBe(true);
    expect(hefei.gsi3pk).toBe(dueIndexKeys.commitmentDue('2027-04-19', '340100'));
  });

  it('a code of no policy region keeps its own partition (the sweep skips it anyway)', () => {
    expect(poolingRegionOf('999999')).toBe('999999');
  });
});

describe('holdsActiveLongTermGuard', () => {
  it.each([
    ['LONG_TERM', 'PENDING_REVIEW', true],
    ['LONG_TERM', 'RETURNED', true],
    ['LONG_TERM', 'ACTIVE', true],
    ['LONG_TERM', 'CANCELLED', false],
    ['LONG_TERM', 'EXPIRED', false],
    ['TEMPORARY', 'ACTIVE', false],
  ] as const)('%s %s → %s', (filingClass, status, expected) => {
    expect(holdsActiveLongTermGuard(filing({ class: filingClass, status }))).toBe(expected);
  });
});
