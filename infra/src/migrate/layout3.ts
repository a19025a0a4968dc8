// THE seam of the layout-3 migration: the one place a filing item of layout 2 becomes the item
// the store writes in layout 3 (docs/operations.md, "Item migration"). Layout 3 moves the filing
// into its person's partition and out of GSI1; its review-queue entry moves from GSI2 to GSI6 and
// its region entry from GSI5 to GSI7, without the status (a status change must not move an index
// entry); `personId` is no longer stored (the id carries it). The other attributes are kept as
// they are — the contact stays sealed, so no key is needed here.
// A layout-1 record goes straight to what the store writes today (filingItemOf); layout3.test.ts
// pins both against one hand-written item.
import type { ContactSealer } from '../../../functions/src/security/contactProtection';
import { filingItemOf } from '../../../functions/src/store/filingItems';
import { personIdOfFilingId } from '../../../functions/src/store/ids';
import type { FilingRecord } from '../../../functions/src/store/records';

export const LAYOUT_3 = 3;

/** A filing item of layout 2 as stored: pk=FILING#<id> sk=FILING, in GSI1, GSI5 and maybe GSI2. */
export interface Layout2FilingItem {
  pk: string;
  sk: string;
  filingId: string;
  personId: string;
  insuredRegion: string;
  createdAt: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
  gsi5pk: string;
  gsi5sk: string;
  [attribute: string]: unknown;
}

/** The layout-3 item of a layout-2 item (pure; the old item's attributes, re-keyed). */
export function toLayout3(item: Layout2FilingItem): Record<string, unknown> {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _gsi1pk,
    gsi1sk: _gsi1sk,
    gsi2pk,
    gsi2sk,
    gsi5pk: _gsi5pk,
    gsi5sk: _gsi5sk,
    personId,
    itemVersion: _itemVersion,
    ...state
  } = item;
  const { filingId, insuredRegion, createdAt } = item;
  // The person is read from the id from now on: an item whose id names another person would
  // silently change owner, so it is refused (reported, left as it is).
  if (personIdOfFilingId(filingId) !== personId) {
    throw new Error(`filing id ${filingId} does not name its person`);
  }
  return {
    pk: `PERSON#${personId}`,
    sk: `FILING#${filingId}`,
    ...state,
    itemVersion: LAYOUT_3,
    ...(gsi2pk !== undefined && gsi2sk !== undefined ? { gsi6pk: gsi2pk, gsi6sk: gsi2sk } : {}),
    gsi7pk: `REGION#${insuredRegion}`,
    gsi7sk: `${createdAt}#${filingId}`,
  };
}

/** The layout-3 item of a filing record (the layout-1 upgrade reads the record, then this). */
export function layout3ItemOf(filing: FilingRecord, sealer: ContactSealer) {
  return filingItemOf(filing, sealer);
}
