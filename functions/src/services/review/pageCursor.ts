// The review queue's `nextCursor`: the store's position in one region's index plus the query it
// belongs to, as base64url JSON with an HMAC-SHA256 tag (key derived from the stage's JWT secret).
// The tag makes it tamper-safe: a cursor edited to point at another region's partition, made
// for another account or another query, or forged, is refused (400 CURSOR_INVALID) before
// anything is read. The region it names is checked against the caller's regions again.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors';

export interface QueueCursor {
  /** Who asked, and the query (`region` as asked, '' for all of theirs; status). */
  userId: string;
  query: string;
  /** The region being read, and the store's position in it (absent: from its start). */
  region: string;
  position?: Record<string, unknown>;
}

export function cursorKeyOf(secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update('yidi/review-queue-cursor/v1').digest();
}

const tagOf = (key: Buffer, body: string) =>
  createHmac('sha256', key).update(body).digest('base64url');

export function sealCursor(key: Buffer, cursor: QueueCursor): string {
  const body = Buffer.from(JSON.stringify(cursor)).toString('base64url');
  return `${body}.${tagOf(key, body)}`;
}

/** The cursor if this server made it for this caller and query; 400 CURSOR_INVALID otherwise. */
export function openCursor(
  key: Buffer,
  token: string,
  expected: { userId: string; query: string },
): QueueCursor {
  const [body, tag, extra] = token.split('.');
  const invalid = () => new AppError('CURSOR_INVALID');
  if (!body || !tag || extra !== undefined) throw invalid();
  const wanted = Buffer.from(tagOf(key, body));
  const given = Buffer.from(tag);
  if (wanted.length !== given.length || !timingSafeEqual(wanted, given)) throw invalid();
  let cursor: QueueCursor;
  try {
    cursor = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as QueueCursor;
  } catch {
    throw invalid();
  }
  if (cursor.userId !== expected.userId || cursor.query !== expected.query) throw invalid();
  return cursor;
}
