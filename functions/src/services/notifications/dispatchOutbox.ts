// Hands the outbox's messages to the channel (a scheduled function every minute; in the local
// stack a timer). A message leaves the outbox with the channel's answer; a failure counts an
// attempt and is retried on the next run, until MAX_ATTEMPTS marks it FAILED (it stays in the
// person's inbox either way).
import type { Logger } from '../../middleware/logging';
import type { MessageRepository } from '../../store';
import type { Notifier } from './notifier';

export const MAX_ATTEMPTS = 10;
const PAGE = 100;

export interface DispatchDeps {
  messages: Pick<MessageRepository, 'outbox' | 'markDelivery' | 'markAttempt'>;
  notifier: Notifier;
  logger?: Pick<Logger, 'warn'>;
  /** Instant recorded as deliveredAt. */
  now: () => Date;
}

export interface DispatchReport {
  delivered: number;
  retrying: number;
  failed: number;
}

export async function dispatchOutbox(deps: DispatchDeps): Promise<DispatchReport> {
  const report: DispatchReport = { delivered: 0, retrying: 0, failed: 0 };
  for (const message of await deps.messages.outbox(PAGE)) {
    const at = deps.now().toISOString();
    try {
      const delivery = await deps.notifier.send(message);
      await deps.messages.markDelivery(message, delivery, at);
      report.delivered += 1;
    } catch (error) {
      const attempts = (message.attempts ?? 0) + 1;
      deps.logger?.warn('notification failed', {
        filingId: message.filingId,
        kind: message.kind,
        attempts,
        error: (error as Error).message,
      });
      if (attempts >= MAX_ATTEMPTS) {
        await deps.messages.markDelivery({ ...message, attempts }, 'FAILED', at);
        report.failed += 1;
      } else {
        await deps.messages.markAttempt(message);
        report.retrying += 1;
      }
    }
  }
  return report;
}
