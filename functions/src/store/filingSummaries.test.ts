// The review queue's index (GSI6, INCLUDE): its attribute list in infra/table/definition.json
// names only attributes a filing item has, carries everything the queue summary reads, and no
// attribute a pending filing's ordinary changes touch (so such a change writes no index entry).
import definition from '../../../infra/table/definition.json';
import { contactSealer } from '../security/contactProtection';
import { filingItemOf } from './filingItems';
import { filingSummaryOfEntry, filingSummaryOfRecord } from './filingSummaries';
import type { FilingRecord } from './records';
import { INDEX } from './table';

const gsi6 = definition.GlobalSecondaryIndexes.find((index) => index.IndexName === 'GSI6');
const included: string[] = gsi6?.Projection.NonKeyAttributes ?? [];
const indexKeys = gsi6?.KeySchema.map((key) => key.AttributeName) ?? [];

/** What DynamoDB keeps of an item in GSI6: the table's keys, the index's keys, the list. */
function entryOf(item: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!indexKeys.every((name) => name in item)) return undefined;
  const kept = new Set(['pk', 'sk', ...indexKeys, ...included]);
  return Object.fromEntries(Object.entries(item).filter(([name]) => kept.has(name)));
}

const pending = (change: Partial<FilingRecord> = {}): FilingRecord => ({
  id: 'p1_f1',
  number: '3403002701040001',
  personId: 'p1',
  person: {
    id: 'p1',
    name: '王五',
    idNumberMasked: '3403**********0011',
    gender: 'MALE',
    birthDate: '1958-03-01',
    insuranceType: 'EMPLOYEE',
    insuredRegion: '340300',
    phoneMasked: '139****0000',
  },
  insuredRegion: '340300',
  category: 'LONG_TERM_RESIDENT',
  class: 'LONG_TERM',
  destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
  status: 'PENDING_REVIEW',
  filedOn: '2027-01-04',
  validFrom: '2027-01-04',
  validUntil: '2027-07-04',
  lockAnchor: '2027-01-04',
  commitment: {
    status: 'OPEN',
    signedAt: '2027-01-04T01:00:00.000Z',
    signedOn: '2027-01-04',
    dueDate: '2027-04-04',
    missing: ['RESIDENCE_PERMIT'],
    clawback: false,
  },
  review: {
    dueBy: '2027-01-06',
    dueByProvisional: true,
    submittedOn: '2027-01-04',
    notices: [],
  },
  proof: { kind: 'MATERIALS', materialIds: ['p1_m1'] },
  contact: { address: '上海市徐汇区漕溪北路1号', phone: '13900000000' },
  proofEndDate: '2027-07-04',
  referral: { hospitalName: '瑞金医院', certificateMaterialId: 'p1_m2' },
  emergency: { admissionDate: '2027-01-03', hospitalName: '瑞金医院', discharged: false },
  extensionsUsed: 0,
  admissions: [],
  details: { startDate: '2027-01-04' },
  version: 1,
  createdBy: 'u1',
  createdAt: '2027-01-04T01:00:00.000Z',
  updatedAt: '2027-01-04T01:00:00.000Z',
  ...change,
});

const sealer = contactSealer(Buffer.alloc(32, 7));
const itemOf = (filing: FilingRecord) => filingItemOf(filing, sealer) as Record<string, unknown>;

describe('GSI6, the review queue (INCLUDE)', () => {
  it('is the store’s review-queue index, keyed gsi6pk/gsi6sk, projecting a short list', () => {
    expect(INDEX.reviewQueue).toBe('GSI6');
    expect(gsi6?.Projection.ProjectionType).toBe('INCLUDE');
    expect(indexKeys).toEqual(['gsi6pk', 'gsi6sk']);
    expect(new Set(included).size).toBe(included.length);
  });

  it('names only top-level attributes filingItemOf writes', () => {
    const written = Object.keys(itemOf(pending()));
    expect(included.filter((name) => !written.includes(name))).toEqual([]);
  });

  it('carries everything the queue summary reads: the summary of the entry is the record’s', () => {
    for (const filing of [pending(), pending({ review: { dueBy: '2027-01-07', notices: [] } })]) {
      const entry = entryOf(itemOf(filing));
      expect(entry).toBeDefined();
      expect(filingSummaryOfEntry(entry!)).toEqual(filingSummaryOfRecord(filing));
    }
    expect(filingSummaryOfRecord(pending())).toEqual({
      id: 'p1_f1',
      number: '3403002701040001',
      person: { id: 'p1', name: '王五', idNumberMasked: '3403**********0011' },
      insuredRegion: '340300',
      category: 'LONG_TERM_RESIDENT',
      class: 'LONG_TERM',
      destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
      status: 'PENDING_REVIEW',
      filedOn: '2027-01-04',
      review: { dueBy: '2027-01-06', dueByProvisional: true },
    });
  });

  it('keeps no contact data, sealed or not', () => {
    expect(included).not.toContain('contactSealed');
    expect(JSON.stringify(entryOf(itemOf(pending())))).not.toContain('13900000000');
  });

  it('is not rewritten by a pending filing’s ordinary change (new version, proof, commitment)', () => {
    const before = pending();
    const supplemented = pending({
      version: 2,
      updatedAt: '2027-01-05T01:00:00.000Z',
      proof: { kind: 'MATERIALS', materialIds: ['p1_m1', 'p1_m3'] },
      commitment: { ...before.commitment!, status: 'FULFILLED' },
      details: { startDate: '2027-01-04', supplementedOn: '2027-01-05' },
    });
    expect(entryOf(itemOf(supplemented))).toEqual(entryOf(itemOf(before)));
  });

  it('is left by a filing that is no longer pending (sparse)', () => {
    expect(entryOf(itemOf(pending({ status: 'ACTIVE' })))).toBeUndefined();
  });

  it('refuses an entry that is not a filing’s', () => {
    expect(() => filingSummaryOfEntry({ pk: 'CLAIM#x', sk: 'CLAIM' })).toThrow(TypeError);
  });
});
