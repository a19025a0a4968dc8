// The store: one table, repositories with small interfaces. Services take these interfaces as
// parameters, never the table. See table.ts for the key design.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { contactSealer, noContactSealer } from '../security/contactProtection';
import type { AgentLinkRepository } from './agentLinks';
import type { CalendarRepository } from './calendars';
import type { ClaimRepository } from './claims';
import type { ExportJobRepository } from './exportJobs';
import type { FilingIndexRepository } from './filingIndexes';
import type { FilingRepository } from './filings';
import type { IdempotencyRepository } from './idempotency';
import type { IdentityRepository } from './identities';
import type { MaterialRepository } from './materials';
import type { MessageRepository } from './messages';
import * as allParts from './parts';
import type { StoreFoundation, StoreParts } from './parts';
import type { PersonRepository } from './persons';
import type { RefreshTokenRepository } from './refreshTokens';
import type { SubscriptionGrantRepository } from './subscriptionGrants';
import type { SweepCheckpointRepository } from './sweepCheckpoints';
import { defineTable, type AppTable } from './table';
import type { UserRepository } from './users';

export interface Store {
  users: UserRepository;
  persons: PersonRepository;
  agentLinks: AgentLinkRepository;
  /** Verified identities and the per-account daily limits. */
  identities: IdentityRepository;
  materials: MaterialRepository;
  filings: FilingRepository;
  /** 零星报销 claims (store/claims.ts). */
  claims: ClaimRepository;
  idempotency: IdempotencyRepository;
  /** Back-office reads (issue 4): due-date pages for the sweep, a region's filings. */
  filingIndexes: FilingIndexRepository;
  messages: MessageRepository;
  sweepCheckpoints: SweepCheckpointRepository;
  /** The official holiday schedules loaded as data (one item per year). */
  calendars: CalendarRepository;
  /** Subscribe-message grants per account (one message per accepted one-time grant). */
  subscriptionGrants: SubscriptionGrantRepository;
  /** Refresh-token families: one live secret each, rotated on every use. */
  refreshTokens: RefreshTokenRepository;
  /** Registration exports run as jobs (GET /v1/review/export). */
  exportJobs: ExportJobRepository;
}

export interface DynamoConnection {
  tableName: string;
  region: string;
  /** DynamoDB Local in the local and test stages. */
  endpoint?: string;
  /**
   * The stage's AES-256 key (ID_ENCRYPTION_KEY): seals a filing's phone and address at rest.
   * Without it the store cannot read or write filings (tools such as the calendar import).
   */
  encryptionKey?: Buffer;
}

export function createDocumentClient({ region, endpoint }: DynamoConnection) {
  const client = new DynamoDBClient({
    region,
    ...(endpoint
      ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  // The SDK's logger middleware runs every request and answer through its sensitive-data filter
  // (a walk of the whole item against the API's schema) to hand them to its default logger, which
  // drops them: ~0.5 ms of CPU per filing read for nothing. We log through our own logger.
  client.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** Every repository (tests, tools, the bench); a Lambda composes only its own (runtimeRecipes). */
export function createStore(
  connection: DynamoConnection,
  documentClient = createDocumentClient(connection),
): Store {
  return composeStore(allParts, connection, documentClient);
}

/** A store of the named parts only (a function's recipe, runtime/recipes.ts). */
export function composeStore<K extends keyof Store>(
  parts: StoreParts<K>,
  connection: DynamoConnection,
  documentClient = createDocumentClient(connection),
): Pick<Store, K> {
  const table = defineTable(documentClient, connection.tableName);
  const defined = new Map<unknown, unknown>();
  const foundation: StoreFoundation = {
    table,
    sealer: connection.encryptionKey ? contactSealer(connection.encryptionKey) : noContactSealer,
    shared: <T>(define: (table: AppTable) => T): T => {
      if (!defined.has(define)) defined.set(define, define(table));
      return defined.get(define) as T;
    },
  };
  const store: Partial<Store> = {};
  for (const name of Object.keys(parts) as K[]) {
    (store as Record<K, unknown>)[name] = parts[name](foundation);
  }
  return store as Pick<Store, K>;
}

export * from './records';
export * from './notificationRecords';
export * from './claimRecords';
export { QUEUED_CLAIM_STATUSES, queueDateOf, type ClaimChange, type ClaimPage } from './claims';
export { StoreConflictError } from './errors';
export {
  holdsActiveLongTermGuard,
  filingIndexKeys,
  dueIndexKeys,
  poolingRegionOf,
} from './filingIndexKeys';
export { personSummaryOf } from './persons';
export { keys } from './keys';
export { INDEX } from './table';
export type { StorePart, StoreParts } from './parts';
export type { LoadedSchedule } from './calendars';
export type { ExportJobRecord, ExportJobRepository, ExportState } from './exportJobs';
export type {
  AgentLinkRepository,
  CalendarRepository,
  ClaimRepository,
  FilingIndexRepository,
  FilingRepository,
  MessageRepository,
  SweepCheckpointRepository,
  SubscriptionGrantRepository,
  IdempotencyRepository,
  IdentityRepository,
  MaterialRepository,
  PersonRepository,
  RefreshTokenRepository,
  UserRepository,
};
export type { FilingChange, FilingWithLink } from './filings';
export type { AccessEventRecord } from './agentLinks';
export { auditOf, timelineEntryOf } from './filings';
export {
  newFilingId,
  newMaterialId,
  personIdOfFilingId,
  personIdOfMaterialId,
  uniquePartOf,
} from './ids';
export type { DueIndex, DuePartition, FilingPage } from './filingIndexes';
export { filingSummaryOfRecord, type FilingSummary } from './filingSummaries';
export type { DailyLimit } from './identities';
export { IdempotencyKeyTakenError, recordedRequestOf } from './idempotency';
export type {
  IdempotencyClaim,
  IdempotencyRecord,
  RecordedOutcome,
  ResultReference,
} from './idempotency';
export type { AlsoWrite, ResultRecorder, TransactionPart } from './transactions';
export { alsoWritesOf } from './transactions';
