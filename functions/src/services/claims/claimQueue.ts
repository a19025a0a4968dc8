// GET /v1/review/claims?region=&status=&cursor=: the claims the office must act on, earliest due
// date first (the sparse GSI2 partition CLAIMQ#<region>), or a status's claims (GSI5), paged:
// one Query per page; the cursor names the region and the index position (base64url JSON).
import type { ClaimQueuePage, ClaimStatus } from '@yidi/shared';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { ClaimPage } from '../../store';
import { nowOf } from '../filings/common/today';
import { reviewRegions } from '../review/reviewerAccess';
import type { ClaimServiceDeps } from './deps';
import { claimOverdue, presentClaim } from './present';

const PAGE_SIZE = 50;

interface Cursor {
  /** Index into the caller's regions. */
  r: number;
  k?: Record<string, unknown>;
}

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(text: string | undefined): Cursor {
  if (!text) return { r: 0 };
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (typeof value.r === 'number' && Number.isInteger(value.r) && value.r >= 0) return value;
  } catch {
    // fall through
  }
  throw new AppError('VALIDATION_FAILED', { fields: { cursor: '分页参数不正确' } });
}

export async function claimQueue(
  deps: Pick<ClaimServiceDeps, 'store' | 'clock'>,
  caller: Caller,
  query: { region?: string; status?: ClaimStatus; cursor?: string },
  pageSize = PAGE_SIZE,
): Promise<ClaimQueuePage> {
  const { today } = nowOf(deps.clock);
  const regions = reviewRegions(caller, query.region);
  const cursor = decode(query.cursor);
  const region = regions[cursor.r];
  if (region === undefined) return { items: [], nextCursor: null };
  const page: ClaimPage = query.status
    ? await deps.store.claims.byRegion(region, query.status, pageSize, cursor.k)
    : await deps.store.claims.queue(region, pageSize, cursor.k);
  const next: Cursor | null = page.next
    ? { r: cursor.r, k: page.next }
    : cursor.r + 1 < regions.length
      ? { r: cursor.r + 1 }
      : null;
  return {
    items: page.items.map((claim) => ({
      ...presentClaim({ claim, history: [], today, withPerson: true }),
      overdue: claimOverdue(claim, today),
    })),
    nextCursor: next ? encode(next) : null,
  };
}
