// One due filing: the engine decides (sweepFiling); a transition is one versioned write with its
// audit (event SWEPT, actor SYSTEM, the rule) and the status message in the outbox; each reminder
// is put in the outbox once. The dispatcher sends them.
// A filing someone changed meanwhile is read again and decided afresh (once).
import { policyForRegion, sweepFiling, type IsoDate, type NationalCalendar } from '@yidi/shared';
import { StoreConflictError, type FilingRecord, type Store } from '../../store';
import { filingStateOf } from '../filings';
import { reminderContent, statusContent } from '../notifications/messageText';
import { newMessage, recordOnce, type RecordOutcome } from '../notifications/recordOnce';
import { transitioned } from './transition';

export const SWEEP_ACTOR = 'system:sweep';

export interface SweepOneDeps {
  store: Pick<Store, 'filings' | 'messages'>;
  /** The national calendar with the loaded schedules (CC-201: no breach on a provisional date). */
  calendar?: NationalCalendar;
}

export interface SweepOneOutcome {
  transition?: 'TERMINATED' | 'EXPIRED';
  notifications: RecordOutcome[];
  skipped?: 'NO_POLICY' | 'CHANGED_MEANWHILE';
  /** CC-201: past its stored due date, but the date is provisional or recounts later. */
  heldProvisional?: boolean;
}

export async function sweepOne(
  deps: SweepOneDeps,
  filing: FilingRecord,
  today: IsoDate,
  at: string,
  attempt = 1,
): Promise<SweepOneOutcome> {
  const policy = policyForRegion(filing.insuredRegion);
  if (!policy) return { notifications: [], skipped: 'NO_POLICY' };
  const result = sweepFiling(policy, filingStateOf(filing), today, deps.calendar);
  const consequence = policy.commitment.value?.consequence;
  const notifications: RecordOutcome[] = [];

  if (result.transition) {
    const { transition } = result;
    const next = transitioned(filing, transition, at, today);
    const statusMessage = newMessage({
      personId: filing.personId,
      subject: { kind: 'FILING', id: filing.id },
      content: statusContent(filing, transition.status, today, transition.consequence),
      at,
    });
    try {
      await deps.store.filings.update(
        filing,
        next,
        {
          event: 'SWEPT',
          actorUserId: SWEEP_ACTOR,
          at,
          actorKind: 'SYSTEM',
          rule: transition.rule,
          ...(transition.consequence ? { detail: { consequence: transition.consequence } } : {}),
        },
        [deps.store.messages.outboxWrite(statusMessage)],
      );
    } catch (error) {
      if (!isLostRace(error)) throw error;
      const fresh = attempt === 1 ? await deps.store.filings.head(filing.id) : undefined;
      if (!fresh) return { notifications, skipped: 'CHANGED_MEANWHILE' };
      return sweepOne(deps, fresh, today, at, attempt + 1);
    }
    notifications.push('QUEUED');
    return { transition: transition.status, notifications };
  }

  for (const reminder of result.reminders) {
    notifications.push(
      await recordOnce(deps.store.messages, {
        subject: { kind: 'FILING', id: filing.id },
        occasion: `${reminder.kind}#${reminder.dueDate}#${reminder.daysBefore}`,
        personId: filing.personId,
        content: reminderContent(filing, reminder, today, consequence),
        at,
        keepClaimUntil: reminder.dueDate,
      }),
    );
  }
  return { notifications, ...(result.heldProvisional ? { heldProvisional: true } : {}) };
}

/** The stored version moved on (another writer, or this sweep through the other index). */
export function isLostRace(error: unknown): boolean {
  if (error instanceof StoreConflictError) return error.reason === 'VERSION_CONFLICT';
  const cancelled = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  return (
    cancelled?.name === 'TransactionCanceledException' &&
    (cancelled.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict')
  );
}
