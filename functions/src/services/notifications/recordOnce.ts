// Puts a message in the outbox at most once per occasion: the claim and the message are one
// transaction, so a second sweep (or a rerun after a crash) finds the claim and adds nothing.
// The dispatcher (dispatchOutbox) hands it to the channel.
import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate } from '@yidi/shared';
import type { MessageRecord, MessageRepository, MessageSubject } from '../../store';
import type { MessageContent } from './messageText';

export type RecordOutcome = 'QUEUED' | 'ALREADY_QUEUED';

/**
 * A new PENDING message for the person's inbox and the outbox, about its subject (a filing or a
 * claim: the page a tap opens); a notice to an account (agents.ts) has none.
 */
export function newMessage(input: {
  personId: string;
  subject: MessageSubject | undefined;
  content: MessageContent;
  at: string;
}): MessageRecord {
  return {
    id: randomUUID(),
    personId: input.personId,
    ...(input.subject ? { subject: input.subject } : {}),
    ...input.content,
    createdAt: input.at,
    delivery: 'PENDING',
  };
}

export async function recordOnce(
  messages: Pick<MessageRepository, 'recordOnce'>,
  input: {
    subject: MessageSubject;
    /** Names the occasion for the subject (kind, due date, days before …): sent once per pair. */
    occasion: string;
    personId: string;
    content: MessageContent;
    at: string;
    /** The claim is kept until this day has passed (then the occasion cannot recur). */
    keepClaimUntil: IsoDate;
  },
): Promise<RecordOutcome> {
  const message = newMessage(input);
  const claimExpiresAt = new Date(`${addDays(input.keepClaimUntil, 30)}T00:00:00+08:00`);
  const once = { subjectId: input.subject.id, occasion: input.occasion };
  return (await messages.recordOnce(once, message, claimExpiresAt)) ? 'QUEUED' : 'ALREADY_QUEUED';
}
