// A person's inbox (GET /v1/persons/{id}/messages): review results and reminders.
import * as z from 'zod/mini';
import { instantSchema, isoDateSchema } from './dates';

/** GET /v1/persons/{id}/messages: one message of the person's inbox (review results, reminders). */
export const inboxMessageSchema = z.object({
  id: z.string(),
  filingId: z.string(),
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
