// Messages to a person (reminders, review results, status changes) as the repositories hand them
// to services. A message is recorded in the table before any channel delivers it, so the app's
// inbox (GET /v1/persons/{id}/messages) shows it whatever the channel did.
import type { MessageSubject } from '@yidi/shared';

export type { MessageSubject };
export type MessageKind =
  | 'COMMITMENT_DUE'
  | 'EXPIRY'
  | 'REVIEW_APPROVED'
  | 'REVIEW_RETURNED'
  | 'REVIEW_REJECTED'
  | 'TERMINATED'
  | 'EXPIRED'
  /** A loaded holiday schedule moved one of the person's dates (CC-201). */
  | 'DEADLINE_MOVED'
  | 'EXTENSION_APPROVED'
  | 'EXTENSION_REFUSED'
  | 'AUTHORIZATION_REVOKED'
  // 零星报销: each step of a claim (AH-47, HA-18, HA-19).
  | 'CLAIM_RECEIVED'
  | 'CLAIM_APPROVED'
  | 'CLAIM_RETURNED'
  | 'CLAIM_REJECTED'
  | 'CLAIM_EXTENSION_APPROVED'
  | 'CLAIM_EXTENSION_REFUSED'
  | 'CLAIM_PAID'
  | 'CLAIM_FORFEITED'
  | 'CLAIM_DUE';

/**
 * PENDING: recorded, not yet handed to a channel (in the outbox). FAILED: the channel kept
 * failing; the message stays in the inbox. SENT: WeChat accepted it. RECORDED: local/test
 * stand-in, nothing left the machine. NOT_SUBSCRIBED: the user has not allowed this template.
 * NO_RECIPIENT: nobody linked to the person can receive WeChat messages.
 */
export type DeliveryStatus =
  'PENDING' | 'SENT' | 'RECORDED' | 'NOT_SUBSCRIBED' | 'NO_RECIPIENT' | 'FAILED';

export interface MessageRecord {
  id: string;
  /** The person the message is about (and whose inbox holds it, unless recipientUserId). */
  personId: string;
  /**
   * A notice to one account rather than to the person's inbox (an agent whose authorization
   * was withdrawn): kept in that account's partition, sent to that account only.
   */
  recipientUserId?: string;
  /**
   * The filing or claim the message is about (its page opens on a tap); absent for a notice to
   * an account (recipientUserId). Messages stored before subjects were written are read through
   * `subjectOfStored` (store/messages.ts).
   */
  subject?: MessageSubject;
  kind: MessageKind;
  title: string;
  body: string;
  /** The subscribe-message template's fields, plain Chinese, already short enough. */
  fields: { subject: string; date: string; note: string };
  dueDate?: string;
  daysBefore?: number;
  createdAt: string;
  delivery: DeliveryStatus;
  deliveredAt?: string;
  /** Failed hand-overs to the channel so far (the outbox retries). */
  attempts?: number;
}

/** "Send this once": which filing or claim (its id), and a key naming the occasion (kind, due date, stage …). */
export interface OnceKey {
  subjectId: string;
  occasion: string;
}

/** Where an interrupted sweep of a day stands. */
export interface SweepCheckpoint {
  date: string;
  phase: 'COMMITMENT_DUE' | 'VALIDITY_END' | 'DONE';
  /** The first index day of this run (fixed at its start, so a resumed run walks the same days). */
  from?: string;
  /** The (month, region) partition reached in the phase; absent at the phase's start. */
  partition?: { month: string; region: string };
  /** The index page to continue from (a LastEvaluatedKey) in that partition. */
  cursor?: Record<string, unknown>;
  /** The earliest past index day this run left a live filing in (held), so far. */
  heldFrom?: string;
  updatedAt: string;
}
