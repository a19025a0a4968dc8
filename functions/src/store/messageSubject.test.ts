// Messages stored before they named their subject are read with it: the id was in `filingId`
// (for a claim's message the claim's id, sometimes with `claimId`), an account notice had ''.
import { messageOfStored, subjectOfStored } from './messageSubject';
import type { MessageRecord } from './notificationRecords';

const base: MessageRecord = {
  id: 'm1',
  personId: 'p1',
  kind: 'EXPIRY',
  title: 't',
  body: 'b',
  fields: { subject: 's', date: '2027-03-01', note: 'n' },
  createdAt: '2027-03-01T00:00:00.000Z',
  delivery: 'PENDING',
};
const old = (fields: Partial<MessageRecord> & { filingId?: string; claimId?: string }) => ({
  ...base,
  ...fields,
});

describe('the subject of a stored message', () => {
  it('is the one it names, else a filing or claim by its kind, else none', () => {
    const subject = { kind: 'CLAIM', id: 'p1_c1' } as const;
    expect(subjectOfStored(old({ subject, filingId: 'ignored' }))).toEqual(subject);
    expect(subjectOfStored(old({ filingId: 'p1_f1' }))).toEqual({ kind: 'FILING', id: 'p1_f1' });
    expect(subjectOfStored(old({ kind: 'CLAIM_DUE', filingId: 'p1_c1' }))).toEqual(subject);
    expect(
      subjectOfStored(old({ kind: 'CLAIM_PAID', filingId: 'p1_c1', claimId: 'p1_c1' })),
    ).toEqual(subject);
    expect(subjectOfStored(old({ kind: 'AUTHORIZATION_REVOKED', filingId: '' }))).toBeUndefined();
  });

  it('replaces the fields it came from', () => {
    expect(messageOfStored(old({ kind: 'CLAIM_DUE', filingId: 'p1_c1' }))).toEqual({
      ...base,
      kind: 'CLAIM_DUE',
      subject: { kind: 'CLAIM', id: 'p1_c1' },
    });
    expect(messageOfStored(old({ filingId: '' }))).toEqual(base);
  });
});
