// The store's repositories as parts a function's store is composed of (compose.ts). A Lambda
// names the parts it uses (runtimeRecipes), so esbuild leaves every other repository, and its
// entity definitions, out of that function's bundle; createStore (index.ts) takes them all.
import type { ContactSealer } from '../security/contactProtection';
import { dynamoAgentLinkRepository } from './agentLinks';
import { defineCalendarEntity, dynamoCalendarRepository } from './calendars';
import { defineClaimEntities, dynamoClaimRepository } from './claims';
import { defineEntities } from './entities';
import { defineExportJobEntity, dynamoExportJobRepository } from './exportJobs';
import { dynamoFilingIndexRepository } from './filingIndexes';
import { dynamoFilingRepository } from './filings';
import { dynamoIdempotencyRepository } from './idempotency';
import { dynamoIdentityRepository } from './identities';
import type { Store } from './index';
import { dynamoMaterialRepository } from './materials';
import { dynamoMessageRepository } from './messages';
import { defineOperationsEntities } from './operationsEntities';
import { dynamoPersonRepository } from './persons';
import { defineRefreshFamilyEntity, dynamoRefreshTokenRepository } from './refreshTokens';
import { dynamoSubscriptionGrantRepository } from './subscriptionGrants';
import { dynamoSweepCheckpointRepository } from './sweepCheckpoints';
import type { AppTable } from './table';
import { dynamoUserRepository } from './users';

/** What every part is built on: the table and the sealer; entity sets several parts share. */
export interface StoreFoundation {
  table: AppTable;
  sealer: ContactSealer;
  /** The entity set `define` makes, defined once per store however many parts use it. */
  shared<T>(define: (table: AppTable) => T): T;
}

const entitiesOf = (f: StoreFoundation) => f.shared(defineEntities);
const operationsOf = (f: StoreFoundation) => f.shared(defineOperationsEntities);

export type StorePart<K extends keyof Store> = (foundation: StoreFoundation) => Store[K];
export type StoreParts<K extends keyof Store> = { readonly [P in K]: StorePart<P> };

export const users: StorePart<'users'> = (f) =>
  dynamoUserRepository(entitiesOf(f), operationsOf(f));
export const persons: StorePart<'persons'> = (f) => dynamoPersonRepository(entitiesOf(f));
export const agentLinks: StorePart<'agentLinks'> = (f) => dynamoAgentLinkRepository(entitiesOf(f));
export const identities: StorePart<'identities'> = (f) => dynamoIdentityRepository(entitiesOf(f));
export const materials: StorePart<'materials'> = (f) => dynamoMaterialRepository(entitiesOf(f));
export const filings: StorePart<'filings'> = (f) => dynamoFilingRepository(entitiesOf(f), f.sealer);
export const claims: StorePart<'claims'> = (f) =>
  dynamoClaimRepository(defineClaimEntities(f.table));
export const idempotency: StorePart<'idempotency'> = (f) =>
  dynamoIdempotencyRepository(entitiesOf(f));
export const filingIndexes: StorePart<'filingIndexes'> = (f) =>
  dynamoFilingIndexRepository(entitiesOf(f), f.sealer);
export const messages: StorePart<'messages'> = (f) => dynamoMessageRepository(operationsOf(f));
export const sweepCheckpoints: StorePart<'sweepCheckpoints'> = (f) =>
  dynamoSweepCheckpointRepository(operationsOf(f));
export const calendars: StorePart<'calendars'> = (f) =>
  dynamoCalendarRepository(defineCalendarEntity(f.table));
export const subscriptionGrants: StorePart<'subscriptionGrants'> = (f) =>
  dynamoSubscriptionGrantRepository(operationsOf(f));
export const refreshTokens: StorePart<'refreshTokens'> = (f) =>
  dynamoRefreshTokenRepository(defineRefreshFamilyEntity(f.table));
export const exportJobs: StorePart<'exportJobs'> = (f) =>
  dynamoExportJobRepository(defineExportJobEntity(f.table));
