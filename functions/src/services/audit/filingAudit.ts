// GET /v1/filings/{id}/audit: every recorded change of a filing — who (user, self/agent/reviewer/
// system, acting for which person), what (event, status from → to), when, from which version, by
// which rule. Read from the history items the versioned write adds in the same transaction.
// Visible to accounts linked to the person and to reviewers of its region; others get 404.
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { FilingStatus } from '@yidi/shared';
import type { ActorKind, FilingHistoryRecord, Store } from '../../store';
import { mayReviewRegion } from '../review/reviewerAccess';

export interface AuditEntry {
  version: number;
  event: string;
  at: string;
  actor: { userId: string; kind: ActorKind | 'UNKNOWN' };
  actingForPersonId: string;
  fromVersion: number;
  fromStatus: FilingStatus | null;
  toStatus: FilingStatus;
  rule?: string;
  note?: string;
  detail?: Record<string, unknown>;
}

export async function filingAudit(
  store: Pick<Store, 'filings' | 'agentLinks'>,
  caller: Caller,
  filingId: string,
): Promise<AuditEntry[]> {
  const found = await store.filings.get(filingId);
  if (!found) throw new AppError('NOT_FOUND');
  const { filing, history } = found;
  const mayRead =
    mayReviewRegion(caller, filing.insuredRegion) ||
    (await store.agentLinks.get(caller.userId, filing.personId)) !== undefined;
  if (!mayRead) throw new AppError('NOT_FOUND');
  const ordered = [...history].sort((a, b) => a.version - b.version);
  return ordered.map((item, index) => entryOf(item, ordered[index - 1]));
}

function entryOf(item: FilingHistoryRecord, previous: FilingHistoryRecord | undefined): AuditEntry {
  const audit = item.audit;
  return {
    version: item.version,
    event: item.event,
    at: item.recordedAt,
    actor: { userId: item.actorUserId, kind: audit?.actorKind ?? 'UNKNOWN' },
    actingForPersonId: audit?.actingForPersonId ?? item.snapshot.personId,
    // Items written before the audit existed: the neighbouring snapshots say as much.
    fromVersion: audit?.fromVersion ?? item.version - 1,
    fromStatus: audit ? audit.fromStatus : (previous?.snapshot.status ?? null),
    toStatus: audit?.toStatus ?? item.snapshot.status,
    ...(audit?.rule ? { rule: audit.rule } : {}),
    ...(item.note ? { note: item.note } : {}),
    ...(audit?.detail ? { detail: audit.detail } : {}),
  };
}
