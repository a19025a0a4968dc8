// Messages and their once-only claims. Recording a message and claiming its occasion is one
// transaction, so a second sweep (or a retried request) finds the claim and sends nothing.
// A state change that tells the person something (a review decision) instead adds the message to
// its own transaction (`outboxWrite`); the dispatcher hands outbox messages to the channel later,
// so the decision stays one write and no message is sent for a change that did not happen.
import { StoreRepository } from './storeRepository';
import { isConditionalCheckFailed } from './errors';
import { currentItems, queryEntries } from './keysOnlyIndex';
import { failedParts, writeTransaction } from './transactions';
import { keys } from './keys';
import { messageOfStored } from './messageSubject';
import type { DeliveryStatus, MessageRecord, OnceKey } from './notificationRecords';
import type { OperationsEntities } from './operationsEntities';
import { INDEX } from './table';
import type { AlsoWrite } from './transactions';

export interface MessageRepository {
  /**
   * One transaction: the claim of `once` and the message (in the outbox), each only if absent.
   * Returns false (and writes nothing) when the occasion was already claimed.
   */
  recordOnce(once: OnceKey, message: MessageRecord, claimExpiresAt: Date): Promise<boolean>;
  /**
   * The channel's outcome, on the recorded message (it leaves the outbox). With `claimOwner`:
   * only while that dispatcher's claim holds; false (nothing written) if it lapsed and another
   * dispatcher claimed the message since.
   */
  markDelivery(
    message: MessageRecord,
    delivery: DeliveryStatus,
    at: string,
    claimOwner?: string,
  ): Promise<boolean>;
  /**
   * PENDING → SENDING: one conditional UpdateItem, only while the message is in the outbox and
   * nobody's claim holds (none, or expired). The message as stored (fresh attempts), or
   * undefined when another dispatcher holds it or it has left the outbox.
   */
  claim(
    message: MessageRecord,
    claim: { owner: string; now: Date; leaseSeconds: number },
  ): Promise<MessageRecord | undefined>;
  /** One consistent Query of the person's partition: their messages, newest first. */
  listForPerson(personId: string, limit?: number): Promise<MessageRecord[]>;
  /** A PENDING message in the outbox, as an item of the state change's transaction. */
  outboxWrite(message: MessageRecord): AlsoWrite;
  /**
   * One Query of keys per outbox shard (GSI3, sparse, keys only), sent together, then a BatchGet
   * of the oldest: up to `limit` messages waiting for the channel, oldest first.
   */
  outbox(limit: number): Promise<MessageRecord[]>;
  /**
   * A failed hand-over: counted; the message stays in the outbox, its claim released for the
   * next run. With `claimOwner`, only while that claim holds (false otherwise).
   */
  markAttempt(message: MessageRecord, claimOwner?: string): Promise<boolean>;
}

const MESSAGE_RETENTION_DAYS = 400;
const epochOf = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * The outbox is spread over a few GSI3 partitions so no one partition takes every state change's
 * message in the country; a message's shard follows from its id (so a retry keeps its keys), and
 * the dispatcher reads them all. Shard 0 keeps the old name: messages written before the split
 * are still read.
 */
export const OUTBOX_SHARDS = 4;
export const outboxPartition = (shard: number) => (shard === 0 ? 'OUTBOX' : `OUTBOX#${shard}`);
export function outboxShardOf(messageId: string): number {
  let hash = 0;
  for (let index = 0; index < messageId.length; index += 1) {
    hash = (hash * 31 + messageId.charCodeAt(index)) >>> 0;
  }
  return hash % OUTBOX_SHARDS;
}

export const messageKeys = {
  message: (message: Pick<MessageRecord, 'personId' | 'createdAt' | 'id' | 'recipientUserId'>) => ({
    pk: message.recipientUserId
      ? keys.userPartition(message.recipientUserId)
      : keys.ownerPartition(message.personId),
    sk: `MESSAGE#${message.createdAt}#${message.id}`,
  }),
  claim: (once: OnceKey) => ({ pk: `REMINDER#${once.subjectId}`, sk: once.occasion }),
};

export function dynamoMessageRepository(entities: OperationsEntities): MessageRepository {
  const messages = entities.Message.build(StoreRepository);
  const claims = entities.NotificationClaim.build(StoreRepository);
  const messageItem = (message: MessageRecord) => ({
    ...messageKeys.message(message),
    messageId: message.id,
    personId: message.personId,
    // Beside the message for a look at the table (items written before subjects have it too).
    ...(message.subject?.kind === 'FILING' ? { filingId: message.subject.id } : {}),
    message,
    expiresAtEpoch: epochOf(new Date(message.createdAt)) + MESSAGE_RETENTION_DAYS * 24 * 3600,
  });

  const outboxKeys = (message: MessageRecord) => ({
    gsi3pk: outboxPartition(outboxShardOf(message.id)),
    gsi3sk: `${message.createdAt}#${message.id}`,
  });
  const outboxPut = (message: MessageRecord) =>
    messages.transactPut(
      { ...messageItem(message), ...outboxKeys(message) },
      { condition: { attr: 'pk', exists: false } },
    );

  /** A Put of the message only while it exists and, with an owner, that owner's claim holds. */
  const putUnlessClaimLost = async (
    item: Parameters<typeof messages.put>[0],
    claimOwner: string | undefined,
  ): Promise<boolean> => {
    try {
      await messages.put(item, {
        condition: claimOwner
          ? { attr: 'claimOwner', eq: claimOwner }
          : { attr: 'pk', exists: true },
      });
      return true;
    } catch (error) {
      if (claimOwner && isConditionalCheckFailed(error)) return false;
      throw error;
    }
  };

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

    async markDelivery(message, delivery, at, claimOwner) {
      // A Put of the item without its outbox keys and claim: out of the outbox, claim gone.
      return putUnlessClaimLost(messageItem({ ...message, delivery, deliveredAt: at }), claimOwner);
    },

    async claim(message, { owner, now, leaseSeconds }) {
      const nowMs = now.getTime();
      try {
        const { Attributes } = await messages.update(
          {
            ...messageKeys.message(message),
            claimOwner: owner,
            claimExpiresAtEpochMs: nowMs + leaseSeconds * 1000,
          },
          {
            condition: {
              and: [
                { attr: 'gsi3pk', exists: true },
                {
                  or: [
                    { attr: 'claimExpiresAtEpochMs', exists: false },
                    { attr: 'claimExpiresAtEpochMs', lt: nowMs },
                  ],
                },
              ],
            },
            returnValues: 'ALL_NEW',
          },
        );
        return Attributes?.message && messageOfStored(Attributes.message);
      } catch (error) {
        if (isConditionalCheckFailed(error)) return undefined;
        throw error;
      }
    },

    outboxWrite: (message) => ({ part: outboxPut(message) }),

    async outbox(limit) {
      // The outbox index is keys only: one Query of keys per shard, side by side (one round
      // trip); the oldest `limit` of them; then those messages by BatchGet, the ones still in
      // the outbox (a message sent since has lost its outbox keys). The claim decides anyway.
      const shards = await Promise.all(
        Array.from({ length: OUTBOX_SHARDS }, (_, shard) =>
          queryEntries(
            entities.Message.table,
            { index: INDEX.outbox, partition: outboxPartition(shard) },
            { limit },
          ),
        ),
      );
      const oldest = shards
        .flatMap(({ entries }) => entries)
        .sort((a, b) => (a.gsi3sk! < b.gsi3sk! ? -1 : a.gsi3sk! > b.gsi3sk! ? 1 : 0))
        .slice(0, limit);
      const { items } = await currentItems(entities.Message, INDEX.outbox, oldest);
      return items.map((item) => messageOfStored(item.message as MessageRecord));
    },

    // Still in the outbox: keeps the index keys while counting the attempt (claim released).
    async markAttempt(message, claimOwner) {
      return putUnlessClaimLost(
        {
          ...messageItem({ ...message, attempts: (message.attempts ?? 0) + 1 }),
          ...outboxKeys(message),
        },
        claimOwner,
      );
    },

    async listForPerson(personId, limit = 50) {
      const { Items = [] } = await messages.query(
        { partition: keys.ownerPartition(personId), range: { beginsWith: 'MESSAGE#' } },
        { reverse: true, limit, consistent: true },
      );
      return Items.map((item) => messageOfStored(item.message));
    },
  };
}
