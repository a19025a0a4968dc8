// Records a message and hands it to the channel, at most once per occasion: the claim and the
// message are written in one transaction (a second run finds the claim and does nothing); if the
// channel fails, both are removed again so the next run retries.
import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate } from '@yidi/shared';
import type { Logger } from '../../middleware/logging';
import type { MessageRecord, MessageRepository, OnceKey } from '../../store';
import type { MessageContent } from './messageText';
import type { Notifier } from './notifier';

export interface NotifyDeps {
  messages: MessageRepository;
  notifier: Notifier;
  logger?: Pick<Logger, 'warn'>;
}

export type NotifyOutcome = 'SENT' | 'ALREADY_SENT' | 'FAILED';

export async function notifyOnce(
  deps: NotifyDeps,
  input: {
    once: OnceKey;
    personId: string;
    content: MessageContent;
    at: string;
    /** The claim is kept until this day has passed (then the occasion cannot recur). */
    keepClaimUntil: IsoDate;
  },
): Promise<NotifyOutcome> {
  const message: MessageRecord = {
    id: randomUUID(),
    personId: input.personId,
    filingId: input.once.filingId,
    ...input.content,
    createdAt: input.at,
    delivery: 'PENDING',
  };
  const claimExpiresAt = new Date(`${addDays(input.keepClaimUntil, 30)}T00:00:00+08:00`);
  if (!(await deps.messages.recordOnce(input.once, message, claimExpiresAt))) {
    return 'ALREADY_SENT';
  }
  try {
    const delivery = await deps.notifier.send(message);
    await deps.messages.markDelivery(message, delivery, input.at);
    return 'SENT';
  } catch (error) {
    deps.logger?.warn('notification failed; released for a retry', {
      filingId: message.filingId,
      kind: message.kind,
      error: (error as Error).message,
    });
    await deps.messages.release(input.once, message);
    return 'FAILED';
  }
}
