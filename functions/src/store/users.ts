import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';
import { writeTransaction, type AlsoWrite } from './transactions';
import { StoreRepository } from './storeRepository';
import type { Entities } from './entities';
import { keys } from './keys';
import { identityRecordOf } from './identities';
import { messageOfStored } from './messageSubject';
import type { MessageRecord } from './notificationRecords';
import type { OperationsEntities } from './operationsEntities';
import type { AgentLinkRecord, IdentityRecord, LoginProvider, UserRecord } from './records';
import type { Role } from '@yidi/shared';

export interface UserRepository {
  get(userId: string): Promise<UserRecord | undefined>;
  /** One Query over the user's partition: the profile and every person link (GET /v1/me). */
  getWithLinks(userId: string): Promise<{
    user?: UserRecord;
    links: AgentLinkRecord[];
    identity?: IdentityRecord;
    notices: MessageRecord[];
  }>;
  /**
   * Creates the user on first login, else refreshes lastLoginAt (and roles/regions if given).
   * `also` (the session's refresh-token family) joins the same write.
   */
  recordLogin(
    input: {
      userId: string;
      provider: LoginProvider;
      subject: string;
      at: string;
      roles?: Role[];
      regions?: string[];
    },
    also?: readonly AlsoWrite[],
  ): Promise<UserRecord>;
}

export function dynamoUserRepository(
  entities: Entities,
  operations: Pick<OperationsEntities, 'Message'>,
): UserRepository {
  const users = entities.User.build(StoreRepository);
  const toRecord = (item: {
    userId: string;
    provider: string;
    subject: string;
    roles: string[];
    regions: string[];
    createdAt: string;
    lastLoginAt: string;
  }): UserRecord => ({
    id: item.userId,
    provider: item.provider as LoginProvider,
    subject: item.subject,
    roles: item.roles as Role[],
    regions: item.regions,
    createdAt: item.createdAt,
    lastLoginAt: item.lastLoginAt,
  });

  return {
    async get(userId) {
      const { Item } = await users.get(keys.user(userId));
      return Item ? toRecord(Item) : undefined;
    },
    async getWithLinks(userId) {
      // Consistent: a link withdrawn a moment ago must not show; notices newest first.
      const { Items = [] } = await entities.User.table
        .build(QueryCommand)
        .entities(entities.User, entities.AgentLink, entities.Identity, operations.Message)
        .query({ partition: keys.userPartition(userId) })
        .options({ maxPages: Infinity, consistent: true })
        .send();
      let user: UserRecord | undefined;
      let identity: IdentityRecord | undefined;
      const links: AgentLinkRecord[] = [];
      const notices: MessageRecord[] = [];
      for (const item of Items) {
        if ('subject' in item) user = toRecord(item);
        else if ('message' in item) notices.unshift(messageOfStored(item.message));
        else if ('idNumberHash' in item) identity = identityRecordOf(item);
        else {
          const { pk: _pk, sk: _sk, gsi1pk: _gpk, gsi1sk: _gsk, ...link } = item;
          links.push(link as AgentLinkRecord);
        }
      }
      return { user, links, ...(identity ? { identity } : {}), notices };
    },
    async recordLogin({ userId, provider, subject, at, roles, regions }, also = []) {
      const { Item: existing } = await users.get(keys.user(userId));
      const next: UserRecord = {
        id: userId,
        provider,
        subject,
        roles: roles ?? (existing?.roles as Role[] | undefined) ?? ['INSURED'],
        regions: regions ?? existing?.regions ?? [],
        createdAt: existing?.createdAt ?? at,
        lastLoginAt: at,
      };
      // One write: the profile is the user's own item, last login wins.
      const profile = {
        ...keys.user(userId),
        userId,
        provider,
        subject,
        roles: next.roles,
        regions: next.regions,
        createdAt: next.createdAt,
        lastLoginAt: at,
      };
      if (also.length === 0) await users.put(profile);
      else await writeTransaction([{ name: 'user', part: users.transactPut(profile) }], also);
      return next;
    },
  };
}
