// The store: one table, repositories with small interfaces. Services take these interfaces as
// parameters, never the table. See table.ts for the key design.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoAgentLinkRepository, type AgentLinkRepository } from './agentLinks';
import { defineEntities } from './entities';
import { dynamoFilingRepository, type FilingRepository } from './filings';
import { dynamoIdempotencyRepository, type IdempotencyRepository } from './idempotency';
import { dynamoMaterialRepository, type MaterialRepository } from './materials';
import { dynamoPersonRepository, type PersonRepository } from './persons';
import { defineTable } from './table';
import { dynamoUserRepository, type UserRepository } from './users';

export interface Store {
  users: UserRepository;
  persons: PersonRepository;
  agentLinks: AgentLinkRepository;
  materials: MaterialRepository;
  filings: FilingRepository;
  idempotency: IdempotencyRepository;
}

export interface DynamoConnection {
  tableName: string;
  region: string;
  /** DynamoDB Local in the local and test stages. */
  endpoint?: string;
}

export function createDocumentClient({ region, endpoint }: DynamoConnection) {
  const client = new DynamoDBClient({
    region,
    ...(endpoint
      ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

export function createStore(
  connection: DynamoConnection,
  documentClient = createDocumentClient(connection),
): Store {
  const entities = defineEntities(defineTable(documentClient, connection.tableName));
  return {
    users: dynamoUserRepository(entities),
    persons: dynamoPersonRepository(entities),
    agentLinks: dynamoAgentLinkRepository(entities),
    materials: dynamoMaterialRepository(entities),
    filings: dynamoFilingRepository(entities),
    idempotency: dynamoIdempotencyRepository(entities),
  };
}

export * from './records';
export { StoreConflictError } from './errors';
export { holdsActiveLongTermGuard, filingIndexKeys } from './filingIndexKeys';
export { personSummaryOf } from './persons';
export { keys } from './keys';
export { INDEX } from './table';
export type {
  AgentLinkRepository,
  FilingRepository,
  IdempotencyRepository,
  MaterialRepository,
  PersonRepository,
  UserRepository,
};
export type { FilingChange } from './filings';
export type { IdempotencyStart } from './idempotency';
