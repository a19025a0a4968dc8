// Messages and their once-only claims. Recording a message and claiming its occasion is one
// transaction, so a second sweep (or a retried request) finds the claim and sends nothing.
// A state change that tells the person something (a review decision) instead adds the message to
// its own transaction (`outboxWrite`); the dispatcher hands outbox messages to the channel later,
// so the decision stays one write and no message is sent for a change that did not happen.
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';
import { agentLinkRecordOf } from './agentLinks';
import type { Entities } from './entities';
import { StoreRepository } from './storeRepository';
import { failedParts, writeTransaction } from './transactions';
import { keys } from './keys';
import type { DeliveryStatus, MessageRecord, OnceKey } from './notificationRecords';
import type { OperationsEntities } from './operationsEntities';
import type { AgentLinkRecord } from './records';
import { INDEX } from './table';
import type { AlsoWrite } from './transactions';

export interface MessageRepository {
  /**
   * One transaction: the claim of `once` and the message (in the outbox), each only if absent.
   * Returns false (and writes nothing) when the occasion was already claimed.
   */
  recordOnce(once: OnceKey, message: MessageRecord, claimExpiresAt: Date): Promise<boolean>;
  /** The channel's outcome, on the recorded message. */
  markDelivery(message: MessageRecord, delivery: DeliveryStatus, at: string): Promise<void>;
  /** One Query: a person's messages, newest first. */
  listForPerson(personId: string, limit?: number): Promise<MessageRecord[]>;
  /** A PENDING message in the outbox, as an item of the state change's transaction. */
  outboxWrite(message: MessageRecord): AlsoWrite;
  /** One Query on the outbox (GSI3, sparse): messages waiting for the channel, oldest first. */
  outbox(limit: number): Promise<MessageRecord[]>;
  /** A failed hand-over: counted; the message stays in the outbox. */
  markAttempt(message: MessageRecord): Promise<void>;
  /**
   * One Query on GSI1 (eventually consistent), newest first over `MAIL#` … `LINK#`: up to
   * `limit` messages and, after them, the accounts linked to the person (read `LINKS_READ_AHEAD`
   * items beyond `limit`, so with ≥ limit messages or many links some links may be left out:
   * a missing link is confirmed by a consistent GetItem, as after index lag).
   */
  listWithLinks(
    personId: string,
    limit?: number,
  ): Promise<{ messages: MessageRecord[]; links: AgentLinkRecord[] }>;
}

/** Items read past the messages so the person's links (usually one to three) come along. */
export const LINKS_READ_AHEAD = 10;

const MESSAGE_RETENTION_DAYS = 400;
const epochOf = (date: Date) => Math.floor(date.getTime() / 1000);

const OUTBOX = 'OUTBOX';

export const messageKeys = {
  message: (message: Pick<MessageRecord, 'personId' | 'createdAt' | 'id' | 'recipientUserId'>) => ({
    pk: message.recipientUserId
      ? keys.userPartition(message.recipientUserId)
      : keys.ownerPartition(message.personId),
    sk: `MESSAGE#${message.createdAt}#${message.id}`,
  }),
  /** Sorts after LINK#<userId> and before MATERIAL#: the inbox and its readers in one Query. */
  inboxIndex: (message: Pick<MessageRecord, 'personId' | 'createdAt' | 'id'>) => ({
    gsi1pk: keys.ownerPartition(message.personId),
    gsi1sk: `MAIL#${message.createdAt}#${message.id}`,
  }),
  claim: (once: OnceKey) => ({ pk: `REMINDER#${once.filingId}`, sk: once.occasion }),
};

export function dynamoMessageRepository(
  entities: OperationsEntities,
  agentLink: Entities['AgentLink'],
): MessageRepository {
  const messages = entities.Message.build(StoreRepository);
  const claims = entities.NotificationClaim.build(StoreRepository);
  const messageItem = (message: MessageRecord) => ({
    ...messageKeys.message(message),
    // A notice to an account is not in the person's inbox (nor next to the person's links).
    ...(message.recipientUserId ? {} : messageKeys.inboxIndex(message)),
    messageId: message.id,
    personId: message.personId,
    filingId: message.filingId,
    message,
    expiresAtEpoch: epochOf(new Date(message.createdAt)) + MESSAGE_RETENTION_DAYS * 24 * 3600,
  });

  const outboxKeys = (message: MessageRecord) => ({
    gsi3pk: OUTBOX,
    gsi3sk: `${message.createdAt}#${message.id}`,
  });
  const outboxPut = (message: MessageRecord) =>
    messages.transactPut(
      { ...messageItem(message), ...outboxKeys(message) },
      { condition: { attr: 'pk', exists: false } },
    );

  return {
    async recordOnce(once, message, claimExpiresAt) {
      const own = [
        {
          name: 'claim' as const,
          part: claims.transactPut(
            {
              ...messageKeys.claim(once),
              messageSk: messageKeys.message(message).sk,
              claimedAt: message.createdAt,
              expiresAtEpoch: epochOf(claimExpiresAt),
            },
            { condition: { attr: 'pk', exists: false } },
          ),
        },
        { name: 'message' as const, part: outboxPut(message) },
      ];
      try {
        await writeTransaction(own);
        return true;
      } catch (error) {
        if (failedParts(error, own).has('claim')) return false;
        throw error;
      }
    },

    async markDelivery(message, delivery, at) {
      await messages.put(messageItem({ ...message, delivery, deliveredAt: at }), {
        condition: { attr: 'pk', exists: true },
      });
    },

    outboxWrite: (message) => ({ part: outboxPut(message) }),

    async outbox(limit) {
      const { Items = [] } = await messages.query(
        { index: INDEX.outbox, partition: OUTBOX },
        { limit },
      );
      return Items.map((item) => item.message);
    },

    // Still in the outbox: keeps the index keys while counting the attempt.
    async markAttempt(message) {
      await messages.put(
        {
          ...messageItem({ ...message, attempts: (message.attempts ?? 0) + 1 }),
          ...outboxKeys(message),
        },
        { condition: { attr: 'pk', exists: true } },
      );
    },

    async listForPerson(personId, limit = 50) {
      const { Items = [] } = await messages.query(
        { partition: keys.ownerPartition(personId), range: { beginsWith: 'MESSAGE#' } },
        { reverse: true, limit },
      );
      return Items.map((item) => item.message);
    },

    async listWithLinks(personId, limit = 50) {
      const { Items = [] } = await entities.Message.table
        .build(QueryCommand)
        .entities(entities.Message, agentLink)
        .query({
          index: INDEX.byOwner,
          partition: keys.ownerPartition(personId),
          range: { between: ['LINK#', 'MAIL#\uffff'] },
        })
        .options({ reverse: true, limit: limit + LINKS_READ_AHEAD })
        .send();
      const found: { messages: MessageRecord[]; links: AgentLinkRecord[] } = {
        messages: [],
        links: [],
      };
      for (const item of Items) {
        if ('message' in item) {
          if (found.messages.length < limit) found.messages.push(item.message);
        } else found.links.push(agentLinkRecordOf(item));
      }
      return found;
    },
  };
}
