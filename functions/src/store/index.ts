// The store: one table, repositories with small interfaces. Services take these interfaces as
// parameters, never the table. See table.ts for the key design.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoAgentLinkRepository, type AgentLinkRepository } from './agentLinks';
import {
  defineCalendarEntity,
  dynamoCalendarRepository,
  type CalendarRepository,
} from './calendars';
import { contactSealer, noContactSealer } from '../security/contactProtection';
import { defineClaimEntities, dynamoClaimRepository, type ClaimRepository } from './claims';
import { defineEntities } from './entities';
import {
  defineExportJobEntity,
  dynamoExportJobRepository,
  type ExportJobRepository,
} from './exportJobs';
import { dynamoFilingRepository, type FilingRepository } from './filings';
import { dynamoFilingIndexRepository, type FilingIndexRepository } from './filingIndexes';
import { dynamoMessageRepository, type MessageRepository } from './messages';
import { defineOperationsEntities } from './operationsEntities';
import {
  dynamoSweepCheckpointRepository,
  type SweepCheckpointRepository,
} from './sweepCheckpoints';
import { dynamoIdempotencyRepository, type IdempotencyRepository } from './idempotency';
import { dynamoIdentityRepository, type IdentityRepository } from './identities';
import { dynamoMaterialRepository, type MaterialRepository } from './materials';
import { dynamoPersonRepository, type PersonRepository } from './persons';
import {
  dynamoSubscriptionGrantRepository,
  type SubscriptionGrantRepository,
} from './subscriptionGrants';
import {
  defineRefreshFamilyEntity,
  dynamoRefreshTokenRepository,
  type RefreshTokenRepository,
} from './refreshTokens';
import { defineTable } from './table';
import { dynamoUserRepository, type UserRepository } from './users';

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

export function createStore(
  connection: DynamoConnection,
  documentClient = createDocumentClient(connection),
): Store {
  const table = defineTable(documentClient, connection.tableName);
  const entities = defineEntities(table);
  const operations = defineOperationsEntities(table);
  const sealer = connection.encryptionKey
    ? contactSealer(connection.encryptionKey)
    : noContactSealer;
  return {
    users: dynamoUserRepository(entities, operations),
    persons: dynamoPersonRepository(entities),
    agentLinks: dynamoAgentLinkRepository(entities),
    identities: dynamoIdentityRepository(entities),
    materials: dynamoMaterialRepository(entities),
    filings: dynamoFilingRepository(entities, sealer),
    claims: dynamoClaimRepository(defineClaimEntities(table)),
    idempotency: dynamoIdempotencyRepository(entities),
    filingIndexes: dynamoFilingIndexRepository(entities, sealer),
    messages: dynamoMessageRepository(operations),
    sweepCheckpoints: dynamoSweepCheckpointRepository(operations),
    calendars: dynamoCalendarRepository(defineCalendarEntity(table)),
    subscriptionGrants: dynamoSubscriptionGrantRepository(operations),
    refreshTokens: dynamoRefreshTokenRepository(defineRefreshFamilyEntity(table)),
    exportJobs: dynamoExportJobRepository(defineExportJobEntity(table)),
  };
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
