// GET /v1/filings/{id}/audit: every recorded change of a filing — who (user, self/agent/reviewer/
// system, acting for which person), what (event, status from → to), when, from which version, by
// which rule, and the version in brief the app's 办理记录 shows (the event as the API names it,
// the destination, a change's reason): the Filing answers carry no `history`. Read from the
// history items the versioned write adds in the same transaction: one consistent Query of the
// filing's versions beside the BatchGetItem of the filing and the caller's link (two requests,
// one round trip: the history screen's allowance).
// Visible to accounts linked to the person and to reviewers of its region; others get 404.
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type {
  ChangeReason,
  Destination,
  FilingEvent as ApiFilingEvent,
  FilingStatus,
} from '@yidi/shared';
import type { ActorKind, FilingTimelineEntry, Store } from '../../store';
import { requireReadAccess } from '../access/readAccess';
import { filingEventName } from './filingEventName';

export interface AuditEntry {
  version: number;
  event: string;
  filingEvent: ApiFilingEvent;
  at: string;
  actor: { userId: string; kind: ActorKind | 'UNKNOWN' };
  actingForPersonId: string;
  fromVersion: number;
  fromStatus: FilingStatus | null;
  toStatus: FilingStatus;
  rule?: string;
  note?: string;
  detail?: Record<string, unknown>;
  destination: Destination;
  changeReason?: ChangeReason;
}

export async function filingAudit(
  store: Pick<Store, 'filings'>,
  caller: Caller,
  filingId: string,
): Promise<AuditEntry[]> {
  const [{ filing, link }, history] = await Promise.all([
    store.filings.getForReader(filingId, caller.userId),
    store.filings.historyOf(filingId),
  ]);
  if (!filing) throw new AppError('NOT_FOUND');
  requireReadAccess(caller, link, filing.insuredRegion);
  const ordered = [...history].sort((a, b) => a.version - b.version);
  return ordered.map(entryOf);
}

function entryOf(item: FilingTimelineEntry): AuditEntry {
  const { audit } = item;
  return {
    version: item.version,
    event: item.event,
    filingEvent: filingEventName(item),
    at: item.recordedAt,
    actor: { userId: item.actorUserId, kind: audit.actorKind ?? 'UNKNOWN' },
    actingForPersonId: audit.actingForPersonId,
    fromVersion: audit.fromVersion,
    fromStatus: audit.fromStatus,
    toStatus: audit.toStatus,
    ...(audit.rule ? { rule: audit.rule } : {}),
    ...(item.note ? { note: item.note } : {}),
    ...(audit.detail ? { detail: audit.detail } : {}),
    destination: item.destination,
    // As the filing's history had it: a CHANGED version's note is its reason.
    ...(item.event === 'CHANGED' && item.note ? { changeReason: item.note as ChangeReason } : {}),
  };
}
