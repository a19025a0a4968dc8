// GET /v1/persons/{id}/messages: the person's inbox, for accounts linked to the person (anyone
// else: 404, as for every person read).
import { requirePersonAccess } from '../access/personAccess';
import type { Caller } from '../../middleware/types';
import type { Store } from '../../store';

export interface MessageView {
  id: string;
  filingId: string;
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
  await requirePersonAccess(store.agentLinks, caller, personId, 'view');
  const messages = await store.messages.listForPerson(personId);
  return messages.map((message) => ({
    id: message.id,
    filingId: message.filingId,
    kind: message.kind,
    title: message.title,
    body: message.body,
    createdAt: message.createdAt,
    ...(message.dueDate ? { dueDate: message.dueDate } : {}),
    ...(message.daysBefore ? { daysBefore: message.daysBefore } : {}),
    delivery: message.delivery,
  }));
}
