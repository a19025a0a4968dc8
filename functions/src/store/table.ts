/*
 * One DynamoDB table (single-table design, dynamodb-toolbox v2). The physical definition
 * (attributes, key schema, GSIs, TTL) lives in infra/table/definition.json (infra/table/cloudformation.cjs), used both
 * by serverless.yml and by the local bootstrap; this module is the application's view of it.
 *
 * Filing and material ids carry their person: `<personId>_<uuid>` (store/ids, shared
 * parseCompositeId). So a read by id knows whose link decides before reading anything, and every
 * read endpoint is ONE request for its normal caller (bench: read ≤ 1 round trip).
 *
 * Access pattern                               | Operation       | Key
 * ---------------------------------------------|-----------------|------------------------------------------------------
 * User by id (login, GET /me)                  | GetItem         | pk=USER#<userId>            sk=PROFILE
 * Persons a user may act for (GET /persons,/me)| Query           | pk=USER#<userId>            sk begins_with LINK#
 * May this user act for that person?           | GetItem (cons.) | pk=USER#<userId>            sk=LINK#<personId>
 * Person by id                                 | GetItem         | pk=PERSON#<personId>        sk=PROFILE
 * Person by ID number (never in clear)         | GetItem         | pk=IDNUMBER#<hmac-sha256>   sk=IDNUMBER   (→ personId)
 * Accounts linked to a person (consent screen, | Query GSI1      | gsi1pk=PERSON#<personId>    gsi1sk begins_with LINK#
 *   GET /persons/{id}/agents; the caller's own link is read by consistent GetItem alongside)
 * Verified identity of an account (immutable)  | GetItem / cond. Put | pk=USER#<userId>        sk=IDENTITY (HMAC + AES-GCM + masked)
 * Per-account daily limits (identity attempts, | cond. Update (tx)| pk=USER#<userId>            sk=LIMIT#<what>#<china date> (TTL)
 *   persons added): ADD 1 only while below the limit, in the state change's transaction
 * Who was given / lost access to a person      | Put (tx)        | pk=PERSON#<personId>        sk=ACCESS#<at>#<userId> (audit, no TTL)
 * Notices to one account (authorization        | Put (tx, outbox)| pk=USER#<userId>            sk=MESSAGE#<createdAt>#<id> (GET /me)
 *   withdrawn)
 * Only one SELF account per person (guard)     | cond. Put       | pk=PERSON#<personId>        sk=SELF_ACCOUNT
 * Only one SELF person per account (guard)     | cond. Put       | pk=USER#<userId>            sk=SELF_PERSON
 * Material by id + the reader's link (GET)     | BatchGet (cons.)| pk=MATERIAL#<materialId> sk=MATERIAL, pk=USER#<u> sk=LINK#<personId of id>
 *   (the item keeps insuredRegion: a reviewer of the region reads it from the same request)
 * Materials by ids (filing checks)             | BatchGet        | pk=MATERIAL#<materialId>    sk=MATERIAL
 * Materials of a person                        | Query GSI1      | gsi1pk=PERSON#<personId>    gsi1sk=MATERIAL#<createdAt>#<id>
 * Filing + the reader's link (GET, every state | BatchGet (cons.)| pk=PERSON#<personId of id>  sk=FILING#<filingId>, pk=USER#<u> sk=LINK#<personId>
 *   change's load): one request, plain items (store/batchGet batchGetPlain: the hottest read). The
 *   filing item (layout 3) is the current state only: entities.Filing, typed top-level attributes,
 *   `itemVersion`, contact sealed, `person` summary with masked ID; no `personId` (the id has it),
 *   no versions. A reviewer's load and the sweep/recompute retry: GetItem of the filing item.
 * Versions of a filing (history/audit screen,  | Query (cons.)   | pk=FILING#<filingId>        sk begins_with VERSION#
 *   beside the read above: two requests, one round trip): each history item one version in brief
 *   (event, status, category, destination, validity, when, who, note) and its audit — a delta —
 *   and, when a keyed request wrote it, that request's idempotency record (`request`, below).
 * Filings of a person, oldest first (GET       | Query (cons.)   | pk=PERSON#<personId>        sk begins_with FILING#
 *   /filings?personId=): the base table, so no index copies a filing for the list; the caller's
 *   link by consistent GetItem alongside decides
 * One active long-term filing per person       | cond. Put/Delete| pk=PERSON#<personId>        sk=ACTIVE_LONG_TERM (→ filingId)
 * Review queue of a region by due date         | Query GSI6      | gsi6pk=REVIEW#<insuredRegion> gsi6sk=<review.dueBy>#<filingId>
 *   (sparse: set only while PENDING_REVIEW). INCLUDE projection of the queue summary's attributes
 *   (definition.json; store/filingSummaries): the queue answers summaries, no person or item reads.
 *   Short on purpose: an included attribute that changes while pending rewrites the entry
 * Sweep: open commitments due on days of a     | Query GSI3 keys | gsi3pk=DUE#<yyyy-mm>#<pooling region> gsi3sk between <day>#, <day>#\uffff
 *   month in one pooling region (sparse: set only while commitment OPEN; gsi3sk=<dueDate>#<filingId>;
 *   the sweep: one Query per (month, policy region) from its floor to today + 30; store/filingIndexKeys)
 *   … then the page's filings                  | BatchGet (cons.)| the pk/sk each entry carries (store/keysOnlyIndex)
 * Sweep: validity ending on days of a month    | Query GSI4 keys | gsi4pk=ENDS#<yyyy-mm>#<pooling region> gsi4sk between <day>#, <day>#\uffff
 *   in one pooling region (sparse: set only while ACTIVE with an end date; gsi4sk=<validUntil>#<filingId>)
 *   … then the page's filings                  | BatchGet (cons.)| the pk/sk each entry carries
 * Filings of a region, in filing order         | Query GSI7 keys | gsi7pk=REGION#<insuredRegion> gsi7sk=<createdAt>#<id>
 *   (export job and non-pending queues, paged; no status in the key: a status change moves no entry)
 *   … then the page's filings                  | BatchGet        | the pk/sk each entry carries; status, category narrowed from the items
 * Messages of a person, newest first (GET      | Query (cons.)   | pk=PERSON#<personId>        sk begins_with MESSAGE#
 *   /persons/{id}/messages): the caller's link by consistent GetItem alongside, as above
 * Outbox: messages waiting for the channel     | Query GSI3 × 4  | gsi3pk=OUTBOX | OUTBOX#1..3 gsi3sk=<createdAt>#<messageId>
 *   (sparse: set only while delivery is PENDING; written in the state change's transaction; the
 *   shard follows from the message id; the dispatcher queries the four side by side, keys only,
 *   then BatchGets the oldest)
 * Outbox: claim before sending (PENDING →      | cond. Update    | pk/sk of the message: claimOwner, claimExpiresAtEpochMs
 *   SENDING), only while gsi3pk exists and no  | cond. Put       |   (the outcome: only while claimOwner = this dispatcher;
 *   claim holds; a lapsed claim is claimable   |                 |   removes gsi3pk/gsi3sk and the claim)
 * Reminder sent once (claim)                   | cond. Put (tx)  | pk=REMINDER#<subjectId>     sk=<kind>#<dueDate>#<daysBefore> (TTL)
 * Subscribe-message grants of an account      | Update (ADD) /  | pk=USER#<userId>            sk=SUBSCRIPTIONS
 *   (POST /me/subscriptions adds; the          | cond. Update    |   (counts per purpose; take = -1 if > 0)
 *   dispatcher takes one per message sent)
 * Sweep checkpoint of a day (resume)           | Get / Put       | pk=SWEEP#<date>             sk=CHECKPOINT (TTL)
 * Sweep floor: no live filing due before it    | Get (cons.) /   | pk=SWEEP                    sk=FLOOR (no TTL)
 *   (a finished sweep moves it; a recompute    | cond. Put       |   raised only if unchanged since read, lowered only if later
 *   that moves a date before it lowers it)
 * Official holiday schedules (cold start, one  | Query / Put     | pk=CALENDAR                 sk=YEAR#<yyyy>
 *   item per year, loaded without a deploy: PUT /v1/admin/calendar/{year}, npm run calendar:import)
 * Recompute on a new schedule: open commitments| Query GSI3 keys | gsi3pk=DUE#<yyyy-mm>#<region> per month and policy region from the sweep floor
 *   and pending reviews, paged (no scan)       | + BatchGet      |   to today + the longest commitment (a loaded year: its days only), then GSI6
 *                                              |                 |   REVIEW#<region> per policy region (keys, then BatchGet)
 * Refresh-token family (POST /auth/refresh)    | GetItem (cons.) | pk=REFRESH#<familyId>       sk=REFRESH (TTL: expiresAtEpoch)
 *   one live secret, stored as SHA-256 only;   | cond. Update    |   currentHash = presented → next, not revoked, not expired
 *   started in the login's write, rotated in one conditional UpdateItem, revokedAt on reuse
 * 零星报销 claim by id (current state,     | GetItem (cons.) | pk=PERSON#<personId>        sk=CLAIM#<unique of claimId>
 *   itemVersion) + the reader's link alongside; claims of a person: Query begins_with CLAIM# (cons.)
 * Claim versions (small deltas + audit)      | Query (cons.)   | pk=CLAIMLOG#<claimId>       sk=VERSION#<000001>
 * Claim queue of a region by due date        | Query GSI2      | gsi2pk=CLAIMQ#<region>      gsi2sk=<dueBy>#<claimId>
 *   (sparse: SUBMITTED, EXTENSION_REQUESTED, APPROVED — the office must act), paged by cursor
 * Claims of a region by status (CSV export)  | Query GSI5      | gsi5pk=CLAIMS#<region>      gsi5sk=<status>#<createdAt>#<claimId>
 * Sweep: claims due on a day in a region     | Query           | pk=CLAIMDUE#<date>#<region> sk=<claimId> (keys only; moved
 *   (a reminder stage or the day after the deadline; store/claims.ts)  in the claim's own transaction)
 * Claims sweep: the last day read (catch-up)  | Get / cond. Put | pk=SWEEP                    sk=CLAIMS (a run reads the days since; ≤ 400)
 * Registration export job (state, counts; the | cond. Put / Get | pk=EXPORT#<exportId>        sk=EXPORT (TTL: expiresAtEpoch, a day)
 *   CSV is in S3 exports/<id>.csv)             | cond. Update    |   RUNNING → READY | FAILED
 * Idempotency record of a submission           | Get / cond. Put | pk=IDEMPOTENCY#<userId>#<key> sk=IDEMPOTENCY (TTL: expiresAtEpoch)
 *   (the Put is an item of the submission's own transaction: a record exists iff the change happened).
 *   A reference, not the response: requestHash, statusCode, resourceKind, resourceId, resourceVersion;
 *   a replay re-reads that resource for the caller (http/replays) — one more read, its own rules
 * … of a change to an existing filing          | Query (cons.)   | pk=FILING#<filingId> sk begins_with VERSION#: the version whose
 *   (POST /filings/{id}/…, /review/{filingId}/…)|                 |   `request.key` = sha256(userId, key); no item of its own
 *   the record is the `request` map of the history item the change writes anyway (its hashed key,
 *   request hash, status code): no write unit of its own, kept as long as the version. A twin
 *   that lost the race failed on that version and finds the winner's record there
 * Replay of a withdrawal (the link is gone)     | BatchGet (cons.)| pk=PERSON#<personId> sk=ACCESS#<at>#<userId>, pk=USER#<u> sk=LINK#<personId>
 * Item migration (npm run migrate, off any     | paged full read | the whole table, filtered to old-layout items; cursor in
 *   request path: the one exception, named in eslint and store/noScan.test) | pk=MIGRATION#<name> sk=CHECKPOINT
 *
 * Every BatchGet above goes through store/batchGet: keys DynamoDB leaves unprocessed are asked
 * again (≤ 4 requests, backoff with jitter) and, if still unread, the read fails as 503 — an
 * unread key is never taken for a missing item (a false 404 or a lost link). Normally 1 request.
 *
 * GSI1 (ALL) holds a person's links and materials only: LINK# < MATERIAL#.
 * Projections (infra/table/definition.json): GSI3, GSI4 and GSI7 are KEYS_ONLY — a write that
 * leaves an item's index keys alone writes no index entry; their readers Query the keys, then
 * BatchGet the items at the pk/sk each entry carries, and drop an entry whose item is gone or no
 * longer carries that entry's keys (the index lags; store/keysOnlyIndex). GSI6 projects the review
 * queue's summary (INCLUDE). GSI1 (links, materials), GSI2 and GSI5 (claims only) project ALL;
 * a filing's state change rewrites no entry of those. What a filing's life costs: bench/README.md.
 *
 * Writes: every state change is one conditional write or one TransactWriteItems, which also
 * carries the request's idempotency record and any outbox message (store/transactions.ts). Filings carry
 * `version` (optimistic locking: update condition version = previous) and a history item per
 * version is written in the same transaction. No full-table read anywhere (lint rule + test).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Table } from 'dynamodb-toolbox/table';

export const INDEX = {
  byOwner: 'GSI1',
  /** Claims only (CLAIMQ#<region>); the filings' review queue is GSI6. */
  claimQueue: 'GSI2',
  reviewQueue: 'GSI6',
  commitmentDue: 'GSI3',
  /** The same index, partitions OUTBOX, OUTBOX#1..3: messages waiting for their channel. */
  outbox: 'GSI3',
  validityEnd: 'GSI4',
  /** Claims of a region by status (CLAIMS#…); filings have their own, GSI7. */
  byRegion: 'GSI5',
  filingsByRegion: 'GSI7',
} as const;

export function defineTable(documentClient: DynamoDBDocumentClient, name: string) {
  return new Table({
    documentClient,
    name,
    partitionKey: { name: 'pk', type: 'string' },
    sortKey: { name: 'sk', type: 'string' },
    indexes: {
      GSI1: {
        type: 'global',
        partitionKey: { name: 'gsi1pk', type: 'string' },
        sortKey: { name: 'gsi1sk', type: 'string' },
      },
      GSI2: {
        type: 'global',
        partitionKey: { name: 'gsi2pk', type: 'string' },
        sortKey: { name: 'gsi2sk', type: 'string' },
      },
      GSI3: {
        type: 'global',
        partitionKey: { name: 'gsi3pk', type: 'string' },
        sortKey: { name: 'gsi3sk', type: 'string' },
      },
      GSI4: {
        type: 'global',
        partitionKey: { name: 'gsi4pk', type: 'string' },
        sortKey: { name: 'gsi4sk', type: 'string' },
      },
      GSI5: {
        type: 'global',
        partitionKey: { name: 'gsi5pk', type: 'string' },
        sortKey: { name: 'gsi5sk', type: 'string' },
      },
      GSI6: {
        type: 'global',
        partitionKey: { name: 'gsi6pk', type: 'string' },
        sortKey: { name: 'gsi6sk', type: 'string' },
      },
      GSI7: {
        type: 'global',
        partitionKey: { name: 'gsi7pk', type: 'string' },
        sortKey: { name: 'gsi7sk', type: 'string' },
      },
    },
  });
}

export type AppTable = ReturnType<typeof defineTable>;
