import type { Entity } from 'dynamodb-toolbox/entity';
import type { BatchGetRequest } from 'dynamodb-toolbox/entity/actions/batchGet';
import { BatchGetCommand } from 'dynamodb-toolbox/table/actions/batchGet';
import { batchGetAll } from './batchGet';
import type { Entities } from './entities';
import { isConditionalCheckFailed, StoreConflictError } from './errors';
import { keys } from './keys';
import { StoreRepository } from './storeRepository';
import type { Relationship } from '@yidi/shared';
import type { AgentLinkRecord, AuthorizedBy, PersonSummary } from './records';
import { INDEX } from './table';
import { failedParts, writeTransaction, type AlsoWrite } from './transactions';

/** Who was given or lost access to a person (pk=PERSON#<personId> sk=ACCESS#<at>#<userId>). */
export interface AccessEventRecord {
  personId: string;
  userId: string;
  event: string;
  relationship: Relationship;
  byUserId: string;
  at: string;
}

export interface AgentLinkRepository {
  /**
   * One strongly consistent GetItem: the caller's right to act for a person (undefined: none →
   * 404). Also the fallback when an index read (eventually consistent) did not show the link.
   */
  get(userId: string, personId: string): Promise<AgentLinkRecord | undefined>;
  /** One Query: every person the user may see, with the person summary. */
  listForUser(userId: string): Promise<AgentLinkRecord[]>;
  /**
   * One Query on GSI1 (eventually consistent): every account linked to a person (the consent
   * screen; its owner's own link among them).
   */
  listForPerson(personId: string): Promise<AgentLinkRecord[]>;
  /**
   * PENDING → ACTIVE in one conditional write (with `also`, one transaction);
   * StoreConflictError NOT_PENDING otherwise.
   */
  activate(
    userId: string,
    personId: string,
    input: { by: AuthorizedBy; at: string; person?: PersonSummary },
    also?: readonly AlsoWrite[],
  ): Promise<void>;
  /**
   * Withdraws an agent: one transaction deleting the (non-SELF) link and writing its audit item,
   * with `also` (the message to the agent, the request's record). Deleted, not flagged, so no
   * read path can find it and grant anything; StoreConflictError NOT_FOUND if it is gone.
   */
  revoke(
    link: AgentLinkRecord,
    input: { byUserId: string; at: string },
    also?: readonly AlsoWrite[],
  ): Promise<void>;
  /**
   * One strongly consistent BatchGetItem: an access audit item of the person and `readerUserId`'s
   * link to that person (the replay of a revocation).
   */
  getAccessEvent(
    event: { personId: string; at: string; agentUserId: string },
    readerUserId: string,
  ): Promise<{ event?: AccessEventRecord; link?: AgentLinkRecord }>;
}

type LinkItem = AgentLinkRecord & { pk: string; sk: string; gsi1pk: string; gsi1sk: string };

function toRecord(item: LinkItem): AgentLinkRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _gpk, gsi1sk: _gsk, ...record } = item;
  return record;
}

/** A link item as read by another repository's multi-entity read (BatchGet, GSI1 Query). */
export function agentLinkRecordOf(item: object): AgentLinkRecord {
  return toRecord(item as LinkItem);
}

export function dynamoAgentLinkRepository(entities: Entities): AgentLinkRepository {
  const links = entities.AgentLink.build(StoreRepository);
  const events = entities.AccessEvent.build(StoreRepository);

  return {
    async get(userId, personId) {
      const { Item } = await links.get(keys.agentLink(userId, personId), { consistent: true });
      return Item ? toRecord(Item as LinkItem) : undefined;
    },
    async listForUser(userId) {
      // Consistent: a withdrawn link must not show (or lead to reads) a moment after it went.
      const { Items = [] } = await links.query(
        { partition: keys.userPartition(userId), range: { beginsWith: 'LINK#' } },
        { maxPages: Infinity, consistent: true },
      );
      return Items.map((item) => toRecord(item as LinkItem));
    },
    async listForPerson(personId) {
      const { Items = [] } = await links.query(
        {
          index: INDEX.byOwner,
          partition: keys.ownerPartition(personId),
          range: { beginsWith: 'LINK#' },
        },
        { maxPages: Infinity },
      );
      return Items.map((item) => toRecord(item as LinkItem));
    },
    async activate(userId, personId, { by, at, person }, also = []) {
      const activation = {
        ...keys.agentLink(userId, personId),
        authorization: 'ACTIVE' as const,
        authorizedBy: by,
        activatedAt: at,
        ...(person ? { person } : {}),
      };
      const onlyIfPending = { condition: { attr: 'authorization', eq: 'PENDING' } } as const;
      const own = [{ name: 'link', part: links.transactUpdate(activation, onlyIfPending) }];
      try {
        if (also.length === 0) await links.update(activation, onlyIfPending);
        else await writeTransaction(own, also);
      } catch (error) {
        if (isConditionalCheckFailed(error) || failedParts(error, own).has('link')) {
          throw new StoreConflictError('NOT_PENDING');
        }
        throw error;
      }
    },
    async revoke(link, { byUserId, at }, also = []) {
      const own = [
        {
          name: 'link',
          part: links.transactDelete(keys.agentLink(link.userId, link.personId), {
            condition: {
              and: [
                { attr: 'pk', exists: true },
                { attr: 'relationship', ne: 'SELF' },
              ],
            },
          }),
        },
        {
          name: 'accessEvent',
          part: events.transactPut(
            {
              ...keys.accessEvent(link.personId, at, link.userId),
              personId: link.personId,
              userId: link.userId,
              event: 'REVOKED',
              relationship: link.relationship,
              byUserId,
              at,
            },
            { condition: { attr: 'pk', exists: false } },
          ),
        },
      ];
      try {
        await writeTransaction(own, also);
      } catch (error) {
        if (failedParts(error, own).has('link')) throw new StoreConflictError('NOT_FOUND');
        throw error;
      }
    },
    async getAccessEvent({ personId, at, agentUserId }, readerUserId) {
      const { record: event, link } = await readWithLink(
        entities,
        events.batchGet(keys.accessEvent(personId, at, agentUserId)),
        (item) => item as unknown as AccessEventRecord,
        { userId: readerUserId, personId },
      );
      return { ...(event ? { event } : {}), ...(link ? { link } : {}) };
    },
  };
}

/**
 * One strongly consistent BatchGetItem: an item whose id names its person (store/ids) and
 * `userId`'s link to that person — a read and its access check in one request. The link is
 * left out if the item turns out to belong to someone else (that would be a bug). Keys DynamoDB
 * leaves unprocessed are retried (store/batchGet), never taken for missing items.
 */
export async function readWithLink<ENTITY extends Entity, RECORD extends { personId: string }>(
  entities: Entities,
  itemRequest: BatchGetRequest<ENTITY>,
  recordOf: (item: Record<string, unknown>) => RECORD,
  reader: { userId: string; personId: string },
): Promise<{ record?: RECORD; link?: AgentLinkRecord }> {
  const links = entities.AgentLink.build(StoreRepository);
  const command = entities.AgentLink.table
    .build(BatchGetCommand)
    .requests(itemRequest, links.batchGet(keys.agentLink(reader.userId, reader.personId)))
    .options({ consistent: true });
  // The generic item request leaves the answer's tuple type unresolved: items, in request order.
  const [item, linkItem] = ((await batchGetAll(command))[0] ?? []) as (object | undefined)[];
  const record = item ? recordOf(item as Record<string, unknown>) : undefined;
  if (record && record.personId !== reader.personId) return { record };
  return {
    ...(record ? { record } : {}),
    ...(linkItem ? { link: agentLinkRecordOf(linkItem) } : {}),
  };
}
