import { EntityRepository } from 'dynamodb-toolbox';
import type { Entities } from './entities';
import { isConditionalCheckFailed, StoreConflictError } from './errors';
import { keys } from './keys';
import type { AgentLinkRecord, AuthorizedBy } from './records';
import { INDEX } from './table';

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
  /** PENDING → ACTIVE in one conditional update; StoreConflictError NOT_PENDING otherwise. */
  activate(
    userId: string,
    personId: string,
    input: { by: AuthorizedBy; at: string },
  ): Promise<AgentLinkRecord>;
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
  const links = entities.AgentLink.build(EntityRepository);

  return {
    async get(userId, personId) {
      const { Item } = await links.get(keys.agentLink(userId, personId), { consistent: true });
      return Item ? toRecord(Item as LinkItem) : undefined;
    },
    async listForUser(userId) {
      const { Items = [] } = await links.query(
        { partition: keys.userPartition(userId), range: { beginsWith: 'LINK#' } },
        { maxPages: Infinity },
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
    async activate(userId, personId, { by, at }) {
      try {
        const { Attributes } = await links.update(
          {
            ...keys.agentLink(userId, personId),
            authorization: 'ACTIVE',
            authorizedBy: by,
            activatedAt: at,
          },
          {
            condition: { attr: 'authorization', eq: 'PENDING' },
            returnValues: 'ALL_NEW',
          },
        );
        return toRecord(Attributes as LinkItem);
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw new StoreConflictError('NOT_PENDING');
        throw error;
      }
    },
  };
}
