// Item layout upgrades (pure): a filing item of layout 1 (`record` = the whole record, contact
// sealed inside it, plus `timeline`) becomes a filing item of layout 3 (layout3.ts), a history item
// of layout 1 (`snapshot` = the whole record at that version, plus `audit`) the history item the
// store writes today (store/filingItems.ts; unchanged by layout 3).
import { chinaDateOf } from '@yidi/shared';
import type {
  ContactSealer,
  StoredFiling,
} from '../../../functions/src/security/contactProtection';
import { historyItemOf } from '../../../functions/src/store/filingItems';
import type {
  FilingAudit,
  FilingEvent,
  FilingRecord,
  FilingTimelineEntry,
} from '../../../functions/src/store/records';
import { layout3ItemOf } from './layout3';

type RawItem = Record<string, unknown>;

/** Layout 1 of a filing item: the whole record (and its timeline) in one attribute. */
export const isLayout1FilingItem = (item: RawItem) => item.sk === 'FILING' && 'record' in item;
/** Layout 2: the current state as top-level attributes, still at pk=FILING#<id> sk=FILING. */
export const isLayout2FilingItem = (item: RawItem) =>
  item.sk === 'FILING' && item.itemVersion === 2;
/** Layout 1 of a history item: a full snapshot of the filing at that version. */
export const isLayout1HistoryItem = (item: RawItem) =>
  String(item.sk).startsWith('VERSION#') && 'snapshot' in item;

/** Layout 1 → 3 in one step: the record read from the old item, laid out as layout 3. */
export function upgradeLayout1FilingItem(item: RawItem, sealer: ContactSealer) {
  const { timeline, ...stored } = item.record as StoredFiling & {
    timeline?: FilingTimelineEntry[];
  };
  const filing: FilingRecord = sealer.open(stored as StoredFiling);
  // The review recount used to find the submission day in the timeline, which is gone: keep it.
  const review =
    filing.review && !filing.review.submittedOn
      ? { ...filing.review, submittedOn: submittedOnOf(filing, timeline ?? []) }
      : filing.review;
  return layout3ItemOf({ ...filing, review }, sealer);
}

/** The day the current review counts from: the last resubmission's, else the filing day. */
function submittedOnOf(filing: FilingRecord, timeline: FilingTimelineEntry[]): string {
  const resubmitted = [...timeline]
    .reverse()
    .find((entry) => entry.event === 'SUPPLEMENTED' && entry.note === 'RESUBMITTED');
  return resubmitted ? chinaDateOf(new Date(resubmitted.recordedAt)) : filing.filedOn;
}

export function upgradeHistoryItem(item: RawItem): ReturnType<typeof historyItemOf> {
  // Only unsealed parts of the snapshot are kept: no contact, so no key is needed here.
  const snapshot = item.snapshot as Omit<FilingRecord, 'contact'>;
  const version = item.version as number;
  const audit: FilingAudit = (item.audit as FilingAudit | undefined) ?? {
    // Written before the audit trail existed: what the version itself says.
    actingForPersonId: snapshot.personId,
    fromVersion: version - 1,
    fromStatus: null,
    toStatus: snapshot.status,
  };
  const entry: FilingTimelineEntry = {
    version,
    event: item.event as FilingEvent,
    status: snapshot.status,
    category: snapshot.category,
    destination: snapshot.destination,
    validFrom: snapshot.validFrom,
    validUntil: snapshot.validUntil ?? null,
    recordedAt: item.recordedAt as string,
    actorUserId: item.actorUserId as string,
    ...(item.note ? { note: item.note as string } : {}),
    audit,
  };
  return historyItemOf(snapshot.id ?? (item.filingId as string), entry);
}

/** A message of a person's inbox still indexed in GSI1 (`MAIL#…`): layout 3 lists it by pk. */
export const isGsi1Message = (item: RawItem) =>
  String(item.sk).startsWith('MESSAGE#') && 'gsi1pk' in item;
