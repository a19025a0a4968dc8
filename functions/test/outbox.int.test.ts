// The outbox under overlap (DynamoDB Local): two dispatchers — the minute's schedule and the
// sweep's, or two schedules — reading the same messages send each exactly once, because each
// message is claimed with a conditional update before the channel is called. A claim left by a
// crashed dispatcher lapses and the message is sent by a later run.
import { randomUUID } from 'node:crypto';
import type { Runtime } from '../src/runtime';
import {
  CLAIM_SECONDS,
  dispatchOutbox,
  type DispatchDeps,
} from '../src/services/notifications/dispatchOutbox';
import type { Notifier } from '../src/services/notifications/notifier';
import { newMessage } from '../src/services/notifications/recordOnce';
import type { MessageRecord, MessageRepository } from '../src/store';
import { testRuntime } from './filings.support';

// A fresh table per test: the outbox holds only that test's messages.
let runtime: Runtime;
beforeEach(async () => {
  runtime = await testRuntime();
});

const T0 = new Date('2027-03-01T02:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** `count` messages of one person, queued as the sweep queues reminders (claim + outbox). */
async function queueMessages(count: number): Promise<{ personId: string; ids: string[] }> {
  const personId = `p-${randomUUID()}`;
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const message = newMessage({
      personId,
      subject: { kind: 'FILING', id: `${personId}_${randomUUID()}` },
      content: {
        kind: 'COMMITMENT_DUE',
        title: '承诺补交材料提醒',
        body: '请在期限前补交材料。',
        fields: { subject: '补交材料', date: '2027-03-31', note: '请按时补交' },
      },
      at: new Date(T0.getTime() + index).toISOString(),
    });
    const queued = await runtime.store.messages.recordOnce(
      { subjectId: message.subject!.id, occasion: `TEST#${index}` },
      message,
      at(86_400),
    );
    expect(queued).toBe(true);
    ids.push(message.id);
  }
  return { personId, ids };
}

/** A channel that counts its calls per message, and takes a moment (as WeChat does). */
function countingChannel(): Notifier & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    async send(message: MessageRecord) {
      calls.set(message.id, (calls.get(message.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 'RECORDED';
    },
  };
}

/**
 * The store's messages, with the outbox read held until `parties` dispatchers have read it: both
 * hold the same list before either claims anything (the overlap, made certain).
 */
function overlapping(parties: number): DispatchDeps['messages'] {
  const messages: MessageRepository = runtime.store.messages;
  let arrived = 0;
  let release: () => void = () => undefined;
  const allRead = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    claim: (...args) => messages.claim(...args),
    markDelivery: (...args) => messages.markDelivery(...args),
    markAttempt: (...args) => messages.markAttempt(...args),
    async outbox(limit) {
      const listed = await messages.outbox(limit);
      arrived += 1;
      if (arrived === parties) release();
      await allRead;
      return listed;
    },
  };
}

describe('two dispatchers over the same outbox', () => {
  it('send each message exactly once', async () => {
    const { personId, ids } = await queueMessages(12);
    const channel = countingChannel();
    const messages = overlapping(2);
    const run = (dispatcherId: string) =>
      dispatchOutbox({ messages, notifier: channel, now: () => at(10), dispatcherId });

    const [first, second] = await Promise.all([run('schedule'), run('sweep')]);

    expect([...channel.calls.keys()].sort()).toEqual([...ids].sort());
    expect([...channel.calls.values()].every((calls) => calls === 1)).toBe(true);
    expect(first.delivered + second.delivered).toBe(12);
    // Each dispatcher saw all twelve; what the one sent, the other skipped.
    expect(first.delivered + first.skipped).toBe(12);
    expect(second.delivered + second.skipped).toBe(12);
    expect(await runtime.store.messages.outbox(100)).toEqual([]);
    const stored = await runtime.store.messages.listForPerson(personId);
    expect(stored.map((message) => message.delivery)).toEqual(Array(12).fill('RECORDED'));
  });
});

describe('a claim left by a crashed dispatcher', () => {
  it('holds until it expires, then the message is sent once by a later run', async () => {
    await queueMessages(1);
    const [listed] = await runtime.store.messages.outbox(100);
    if (!listed) throw new Error('message not queued');
    // A dispatcher claims the message and dies before calling the channel.
    const crashed = await runtime.store.messages.claim(listed, {
      owner: 'crashed',
      now: at(0),
      leaseSeconds: CLAIM_SECONDS,
    });
    expect(crashed?.id).toBe(listed.id);

    const channel = countingChannel();
    const run = (seconds: number) =>
      dispatchOutbox({
        messages: runtime.store.messages,
        notifier: channel,
        now: () => at(seconds),
      });

    expect(await run(60)).toEqual({ delivered: 0, retrying: 0, failed: 0, skipped: 1 });
    expect(channel.calls.size).toBe(0);

    expect(await run(CLAIM_SECONDS + 1)).toEqual({
      delivered: 1,
      retrying: 0,
      failed: 0,
      skipped: 0,
    });
    expect(channel.calls.get(listed.id)).toBe(1);

    // Were the crashed dispatcher to come back, its claim no longer counts: nothing is written.
    expect(
      await runtime.store.messages.markDelivery(listed, 'FAILED', at(400).toISOString(), 'crashed'),
    ).toBe(false);
    const [stored] = await runtime.store.messages.listForPerson(listed.personId);
    expect(stored?.delivery).toBe('RECORDED');
  });
});

describe('a failed hand-over', () => {
  it('counts the attempt and releases the claim, so the next run retries it', async () => {
    await queueMessages(1);
    let failing = true;
    const sent: string[] = [];
    const channel: Notifier = {
      async send(message) {
        if (failing) throw new Error('channel down');
        sent.push(message.id);
        return 'RECORDED';
      },
    };
    const run = () =>
      dispatchOutbox({ messages: runtime.store.messages, notifier: channel, now: () => at(20) });

    expect(await run()).toMatchObject({ delivered: 0, retrying: 1 });
    const [waiting] = await runtime.store.messages.outbox(100);
    expect(waiting?.attempts).toBe(1);

    failing = false;
    expect(await run()).toMatchObject({ delivered: 1, retrying: 0, skipped: 0 });
    expect(sent).toHaveLength(1);
  });
});
