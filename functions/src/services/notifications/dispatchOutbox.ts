// Hands the outbox's messages to the channel (a scheduled function every minute; the sweep also
// runs it when it ends; in the local stack a timer). A message leaves the outbox with the
// channel's answer; a failure counts an attempt and is retried on the next run, until
// MAX_ATTEMPTS marks it FAILED (it stays in the person's inbox either way).
//
// Exactly once under overlap: before calling the channel, a dispatcher claims the message with a
// conditional update (PENDING → SENDING, its own id and an expiry); a second dispatcher (or the
// sweep's) finds the claim and skips the message. The outcome is written only while the claim
// holds. A dispatcher that dies after claiming leaves a claim that lapses after CLAIM_SECONDS:
// the message is then claimable again (sent again if the crash came after the channel took it —
// the one case left, which no store can tell apart from "not sent").
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../middleware/logging';
import type { MessageRecord, MessageRepository } from '../../store';
import type { Notifier } from './notifier';

export const MAX_ATTEMPTS = 10;
const PAGE = 100;
/**
 * How long a claim holds: longer than any one hand-over (the WeChat call and its retries), so a
 * live dispatcher never loses its claim mid-send; short enough that a crashed claim is retried
 * within minutes.
 */
export const CLAIM_SECONDS = 5 * 60;

export interface DispatchDeps {
  messages: Pick<MessageRepository, 'outbox' | 'claim' | 'markDelivery' | 'markAttempt'>;
  notifier: Notifier;
  logger?: Pick<Logger, 'warn'>;
  /** Instant recorded as deliveredAt, and the clock claims expire by. */
  now: () => Date;
  /** This run's claim owner (default: a fresh id per run). */
  dispatcherId?: string;
}

export interface DispatchReport {
  delivered: number;
  retrying: number;
  failed: number;
  /** Held by another dispatcher (or sent meanwhile): left to it. */
  skipped: number;
}

export async function dispatchOutbox(deps: DispatchDeps): Promise<DispatchReport> {
  const report: DispatchReport = { delivered: 0, retrying: 0, failed: 0, skipped: 0 };
  const owner = deps.dispatcherId ?? randomUUID();
  for (const listed of await deps.messages.outbox(PAGE)) {
    // The index may lag: the claim reads the stored message (its attempts) and decides.
    const message = await deps.messages.claim(listed, {
      owner,
      now: deps.now(),
      leaseSeconds: CLAIM_SECONDS,
    });
    if (!message) {
      report.skipped += 1;
      continue;
    }
    const at = () => deps.now().toISOString();
    try {
      const delivery = await deps.notifier.send(message);
      if (!(await deps.messages.markDelivery(message, delivery, at(), owner))) {
        lostClaim(deps, message);
      }
      report.delivered += 1;
    } catch (error) {
      const attempts = (message.attempts ?? 0) + 1;
      deps.logger?.warn('notification failed', {
        subject: message.subject,
        kind: message.kind,
        attempts,
        error: (error as Error).message,
      });
      if (attempts >= MAX_ATTEMPTS) {
        await deps.messages.markDelivery({ ...message, attempts }, 'FAILED', at(), owner);
        report.failed += 1;
      } else {
        await deps.messages.markAttempt(message, owner);
        report.retrying += 1;
      }
    }
  }
  return report;
}

/** The claim lapsed while the channel was called (a hand-over longer than CLAIM_SECONDS). */
function lostClaim(
  deps: Pick<DispatchDeps, 'logger'>,
  message: Pick<MessageRecord, 'subject' | 'kind'>,
) {
  deps.logger?.warn('notification claim lapsed before its outcome was recorded', {
    subject: message.subject,
    kind: message.kind,
  });
}
