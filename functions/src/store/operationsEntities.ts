// Entities of the back-office operations (issue 4): messages, the once-only claims that keep a
// reminder from being sent twice, and the daily sweep's checkpoint. Same table, own key prefixes
// (see the access-pattern table in table.ts).
import { Entity } from 'dynamodb-toolbox/entity';
import { any } from 'dynamodb-toolbox/schema/any';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import type { AppTable } from './table';
import type { MessageRecord } from './notificationRecords';

const key = () => string().key();

export function defineOperationsEntities(table: AppTable) {
  /**
   * pk=PERSON#<personId> sk=MESSAGE#<createdAt>#<id> (a notice to an account: USER#<userId>); the
   * inbox is a Query of that partition. Not an audit record; kept a year.
   */
  const Message = new Entity({
    name: 'Message',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      messageId: string(),
      personId: string(),
      /** A filing's messages only (older items: also a claim's id; see subjectOfStored). */
      filingId: string().optional(),
      message: any().castAs<MessageRecord>(),
      expiresAtEpoch: number(),
      /** The outbox (GSI3, sparse): set while the message waits for its channel. */
      gsi3pk: string().optional(),
      gsi3sk: string().optional(),
      /**
       * SENDING: the dispatcher that claimed the message (conditional update) before calling the
       * channel, and until when (epoch ms); past it the claim lapses (a crashed dispatcher).
       */
      claimOwner: string().optional(),
      claimExpiresAtEpochMs: number().optional(),
    }),
  });

  /** pk=REMINDER#<subjectId> sk=<occasion>: exists once the message for that occasion is recorded. */
  const NotificationClaim = new Entity({
    name: 'NotificationClaim',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      messageSk: string(),
      claimedAt: string(),
      /** After the occasion has passed the claim is no longer needed. */
      expiresAtEpoch: number(),
    }),
  });

  /** pk=SWEEP#<date> sk=CHECKPOINT. */
  const SweepCheckpoint = new Entity({
    name: 'SweepCheckpoint',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      date: string(),
      phase: string(),
      fromDay: string().optional(),
      partitionMonth: string().optional(),
      partitionRegion: string().optional(),
      cursorJson: string().optional(),
      heldFrom: string().optional(),
      updatedAt: string(),
      // Absent on the sweep's floor (pk=SWEEP sk=FLOOR), which must not expire.
      expiresAtEpoch: number().optional(),
    }),
  });

  /**
   * pk=USER#<userId> sk=SUBSCRIPTIONS: one-time subscribe-message grants left, per purpose
   * (each 'accept' adds one, each message sent takes one).
   */
  const SubscriptionGrants = new Entity({
    name: 'SubscriptionGrants',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      review: number().optional(),
      reminder: number().optional(),
      status: number().optional(),
      updatedAt: string(),
    }),
  });

  return { Message, NotificationClaim, SweepCheckpoint, SubscriptionGrants };
}

export type OperationsEntities = ReturnType<typeof defineOperationsEntities>;
