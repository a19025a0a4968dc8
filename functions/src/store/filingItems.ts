// How a filing and its versions are laid out on items (entities.Filing, entities.FilingHistory):
// the current state as top-level attributes, null as absent, the contact sealed; each version as
// a small delta with its audit. The one place that maps records ⇄ items, both ways.
import type { ContactSealer } from '../security/contactProtection';
import { filingIndexKeys } from './filingIndexKeys';
import { keys } from './keys';
import type {
  ActorKind,
  FilingAudit,
  FilingCommitment,
  FilingEvent,
  FilingRecord,
  FilingReview,
  FilingTimelineEntry,
} from './records';

/** The filing item's layout; 1 was `record` (the whole record) + `timeline` (scripts/migrate). */
export const FILING_ITEM_VERSION = 2;
/** The history item's layout; 1 was `snapshot` (the whole record at that version) + `audit`. */
export const HISTORY_ITEM_VERSION = 2;

type Contact = FilingRecord['contact'];

/** A filing item as stored (keys included), as the Filing entity reads and writes it. */
export type FilingItem = ReturnType<typeof filingItemOf>;

/** Drops the keys whose value is undefined: the item has no attribute for an absent part. */
function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, part]) => part !== undefined)) as T;
}

export function filingItemOf(filing: FilingRecord, sealer: ContactSealer) {
  const { id, contact, validUntil, commitment, review, ...state } = filing;
  return defined({
    ...keys.filing(id),
    ...filingIndexKeys(filing),
    itemVersion: FILING_ITEM_VERSION,
    filingId: id,
    ...state,
    validUntil: validUntil ?? undefined,
    commitment: commitment ?? undefined,
    review: review ?? undefined,
    // Phone and address sealed (issue 11, point 7); opened again by filingOf.
    contactSealed: sealer.sealText(JSON.stringify(contact)),
  });
}

/** The record from an item read by the Filing entity (any projection that carries it whole). */
export function filingOf(item: Record<string, unknown>, sealer: ContactSealer): FilingRecord {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g1p,
    gsi1sk: _g1s,
    gsi2pk: _g2p,
    gsi2sk: _g2s,
    gsi3pk: _g3p,
    gsi3sk: _g3s,
    gsi4pk: _g4p,
    gsi4sk: _g4s,
    gsi5pk: _g5p,
    gsi5sk: _g5s,
    gsi6pk: _g6p,
    gsi6sk: _g6s,
    itemVersion: _itemVersion,
    filingId,
    contactSealed,
    validUntil,
    commitment,
    review,
    ...state
  } = item;
  return {
    ...(state as Omit<FilingRecord, 'id' | 'contact' | 'validUntil' | 'commitment' | 'review'>),
    id: filingId as string,
    contact: JSON.parse(sealer.openText(contactSealed as string)) as Contact,
    validUntil: (validUntil as string | undefined) ?? null,
    commitment: (commitment as FilingCommitment | undefined) ?? null,
    review: (review as FilingReview | undefined) ?? null,
  };
}

/** What a change says of itself; the store adds the versions' own facts (entryOf). */
export interface FilingChange {
  event: FilingEvent;
  actorUserId: string;
  /** Instant of the change (the request's clock). */
  at: string;
  note?: string;
  /** Audit: self, agent, reviewer or system; the rule that decided; details worth keeping. */
  actorKind?: ActorKind;
  rule?: string;
  detail?: Record<string, unknown>;
}

/** The audit of a change, from the versions themselves and what the caller says of it. */
export function auditOf(
  previous: FilingRecord | null,
  next: FilingRecord,
  change: FilingChange,
): FilingAudit {
  return {
    ...(change.actorKind ? { actorKind: change.actorKind } : {}),
    actingForPersonId: next.personId,
    fromVersion: previous?.version ?? 0,
    fromStatus: previous?.status ?? null,
    toStatus: next.status,
    ...(change.rule ? { rule: change.rule } : {}),
    ...(change.detail ? { detail: change.detail } : {}),
  };
}

/**
 * The history entry `next` gets: what its history item keeps and the API shows (create and update
 * write exactly this; services answer with the loaded history plus this one).
 */
export function timelineEntryOf(
  previous: FilingRecord | null,
  next: FilingRecord,
  change: FilingChange,
): FilingTimelineEntry {
  return {
    version: next.version,
    event: change.event,
    status: next.status,
    category: next.category,
    destination: next.destination,
    validFrom: next.validFrom,
    validUntil: next.validUntil,
    recordedAt: change.at,
    actorUserId: change.actorUserId,
    ...(change.note ? { note: change.note } : {}),
    audit: auditOf(previous, next, change),
  };
}

export function historyItemOf(filingId: string, entry: FilingTimelineEntry) {
  const { validUntil, audit, ...rest } = entry;
  const { fromStatus, ...auditRest } = audit;
  return defined({
    ...keys.filingHistory(filingId, entry.version),
    itemVersion: HISTORY_ITEM_VERSION,
    ...rest,
    validUntil: validUntil ?? undefined,
    audit: defined({ ...auditRest, fromStatus: fromStatus ?? undefined }),
  });
}

export function timelineEntryFrom(item: Record<string, unknown>): FilingTimelineEntry {
  const { pk: _pk, sk: _sk, itemVersion: _itemVersion, validUntil, audit, ...rest } = item;
  const { fromStatus, ...auditRest } = audit as FilingAudit & { fromStatus?: string };
  return {
    ...(rest as Omit<FilingTimelineEntry, 'validUntil' | 'audit'>),
    validUntil: (validUntil as string | undefined) ?? null,
    audit: {
      ...(auditRest as Omit<FilingAudit, 'fromStatus'>),
      fromStatus: (fromStatus as FilingAudit['fromStatus'] | undefined) ?? null,
    },
  };
}
