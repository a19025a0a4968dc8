// A person's inbox (GET /v1/persons/{id}/messages): review results and reminders.
import * as z from 'zod/mini';
import { instantSchema, isoDateSchema } from './dates';

/** What a message is about: a filing (备案) or a 零星报销 claim, by its id. */
export const messageSubjectSchema = z.object({
  kind: z.enum(['FILING', 'CLAIM']),
  id: z.string(),
});
export type MessageSubject = z.infer<typeof messageSubjectSchema>;

/**
 * The mini-program pages a tap on a message opens, in the inbox or on the WeChat subscribe
 * message: the page of its subject (`?id=` its id), or the home page for a message without one
 * (a notice to an account).
 */
export const MESSAGE_PAGES = {
  FILING: 'filing/detail/index',
  CLAIM: 'claims/detail/index',
  HOME: 'pages/index/index',
} as const satisfies Record<MessageSubject['kind'] | 'HOME', string>;

/** `claims/detail/index?id=…` (no leading slash: WeChat's `page` form). */
export function messagePage(subject: MessageSubject | undefined): string {
  if (!subject) return MESSAGE_PAGES.HOME;
  return `${MESSAGE_PAGES[subject.kind]}?id=${encodeURIComponent(subject.id)}`;
}

/** GET /v1/persons/{id}/messages: one message of the person's inbox (review results, reminders). */
export const inboxMessageSchema = z.object({
  id: z.string(),
  subject: messageSubjectSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: instantSchema,
  /** Reminders: the deadline they are about, and how many days before it they were sent. */
  dueDate: z.optional(isoDateSchema),
  daysBefore: z.optional(z.number().check(z.int())),
  /** PENDING in the outbox, then SENT / RECORDED / NOT_SUBSCRIBED / FAILED. */
  delivery: z.string(),
});
export type InboxMessage = z.infer<typeof inboxMessageSchema>;
export const inboxMessageListSchema = z.array(inboxMessageSchema);
