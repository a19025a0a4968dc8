// The subject of a stored message, for messages written before they carried one. Apart from
// messages.ts so the account's read (users.ts) takes this and not the message repository.
import type { MessageRecord, MessageSubject } from './notificationRecords';

/** A message as stored before it carried its subject: the filing's (or claim's) id only. */
type StoredMessage = MessageRecord & { filingId?: string; claimId?: string };

/**
 * The subject of a stored message. Older messages name it in `filingId` — for a 零星报销 message
 * the claim's id, some with `claimId` beside it — and a notice to an account had `filingId: ''`.
 * Every claim message kind starts with CLAIM_, so the kind tells the two apart.
 */
export function subjectOfStored(stored: StoredMessage): MessageSubject | undefined {
  if (stored.subject) return stored.subject;
  if (stored.claimId) return { kind: 'CLAIM', id: stored.claimId };
  if (!stored.filingId) return undefined;
  return { kind: stored.kind.startsWith('CLAIM_') ? 'CLAIM' : 'FILING', id: stored.filingId };
}

/** The message as services see it: its subject, without the fields it replaced. */
export function messageOfStored(stored: StoredMessage): MessageRecord {
  const { filingId: _filingId, claimId: _claimId, subject: _subject, ...message } = stored;
  const subject = subjectOfStored(stored);
  return { ...message, ...(subject ? { subject } : {}) };
}
