// GET /v1/persons/{id}/messages: the person's inbox, for accounts linked to the person (anyone
// else — a PENDING agent too — 404, as for every person read). One consistent Query of the
// person's partition returns the newest messages; the caller's link is read consistently at the
// same time and decides.
import { requirePersonAccessOf } from '../access/personAccess';
import { readWithCallerLink } from '../access/readAccess';
import type { Caller } from '../../middleware/types';
import type { MessageSubject, Store } from '../../store';

export interface MessageView {
  id: string;
  subject: MessageSubject;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  dueDate?: string;
  daysBefore?: number;
  delivery: string;
}

export async function listMessages(
  store: Pick<Store, 'agentLinks' | 'messages'>,
  caller: Caller,
  personId: string,
): Promise<MessageView[]> {
  const { data, link } = await readWithCallerLink(store.agentLinks, caller, personId, () =>
    store.messages.listForPerson(personId),
  );
  requirePersonAccessOf(link, 'view');
  // Every message of a person's inbox is about a filing or a claim; a notice without a subject
  // goes to an account's partition (recipientUserId), never here.
  return data.flatMap(({ subject, ...message }) =>
    subject
      ? [
          {
            id: message.id,
            subject,
            kind: message.kind,
            title: message.title,
            body: message.body,
            createdAt: message.createdAt,
            ...(message.dueDate ? { dueDate: message.dueDate } : {}),
            ...(message.daysBefore ? { daysBefore: message.daysBefore } : {}),
            delivery: message.delivery,
          },
        ]
      : [],
  );
}
