// A message names its subject — the filing or the claim it is about — and messages stored before
// they did (the id in `filingId`, a claim's id there too) are read with theirs: in the inbox, in
// the outbox, and once the dispatcher has handed them over.
import { randomUUID } from 'node:crypto';
import { inboxMessageListSchema, type InboxMessage } from '@yidi/shared';
import { build as buildMessages } from '../src/http/persons/messages';
import type { Runtime } from '../src/runtime';
import { dispatchOutbox } from '../src/services/notifications/dispatchOutbox';
import type { MessageKind, MessageRecord } from '../src/store';
import { call, testPerson, testRuntime, testUser } from './filings.support';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

/** A message as written before subjects: the shape the table still holds for older messages. */
const stored = (
  personId: string,
  kind: MessageKind,
  ids: { filingId: string; claimId?: string },
  seconds: number,
) =>
  ({
    id: randomUUID(),
    personId,
    ...ids,
    kind,
    title: '标题',
    body: '正文',
    fields: { subject: '事项', date: '2027-03-01', note: '备注' },
    createdAt: new Date(Date.parse('2027-03-01T02:00:00.000Z') + seconds * 1000).toISOString(),
    delivery: 'PENDING',
  }) as unknown as MessageRecord;

describe('messages stored before they named their subject', () => {
  it('read as a filing or a claim subject, in the inbox, the outbox and after sending', async () => {
    const owner = await testUser(runtime);
    const personId = (await testPerson(runtime, owner, { insuredRegion: '340100' })).id;
    const filingId = `${personId}_f`;
    const claimId = `${personId}_c`;
    const old = [
      stored(personId, 'REVIEW_APPROVED', { filingId }, 0),
      // A claim's step (claims/write.ts put the claim's id in both fields) …
      stored(personId, 'CLAIM_RECEIVED', { filingId: claimId, claimId }, 1),
      // … and a claim's reminder from the sweep (the claim's id in filingId only).
      stored(personId, 'CLAIM_DUE', { filingId: claimId }, 2),
    ];
    for (const [index, message] of old.entries()) {
      await runtime.store.messages.recordOnce(
        { subjectId: `old-${index}`, occasion: `TEST#${message.id}` },
        message,
        new Date('2027-04-01T00:00:00.000Z'),
      );
    }
    const expected = [
      { kind: 'CLAIM_DUE', subject: { kind: 'CLAIM', id: claimId } },
      { kind: 'CLAIM_RECEIVED', subject: { kind: 'CLAIM', id: claimId } },
      { kind: 'REVIEW_APPROVED', subject: { kind: 'FILING', id: filingId } },
    ];

    const outbox = await runtime.store.messages.outbox(10);
    expect(outbox.filter((m) => m.personId === personId)).toEqual(
      [...expected].reverse().map((e) => expect.objectContaining(e)),
    );
    for (const message of outbox) {
      expect(message).not.toHaveProperty('filingId');
      expect(message).not.toHaveProperty('claimId');
    }

    const inbox = await call<InboxMessage[]>(
      runtime,
      buildMessages,
      'GET /v1/persons/{id}/messages',
      { user: owner, params: { id: personId } },
    );
    expect(inbox.status).toBe(200);
    expect(inboxMessageListSchema.safeParse(inbox.body).success).toBe(true);
    expect(inbox.body).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(inbox.body[0]).not.toHaveProperty('filingId');

    // Sent, each is stored again with its subject and read the same.
    const sent: MessageRecord[] = [];
    await dispatchOutbox({
      messages: runtime.store.messages,
      notifier: { send: async (message) => (sent.push(message), 'RECORDED') },
      now: () => new Date('2027-03-01T03:00:00.000Z'),
    });
    expect(sent.map((m) => m.subject)).toEqual([...expected].reverse().map((e) => e.subject));
    const after = await runtime.store.messages.listForPerson(personId);
    expect(after.map(({ kind, subject, delivery }) => ({ kind, subject, delivery }))).toEqual(
      expected.map((e) => ({ ...e, delivery: 'RECORDED' })),
    );
  });
});
