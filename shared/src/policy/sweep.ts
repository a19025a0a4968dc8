// The daily sweep's decision for one filing (docs/policy-sources.md §3, §4): a breached commitment terminates
// with the region's consequence; an ended validity expires; reminders before either deadline.
import { addDays, isAfter, isBefore, type IsoDate } from '../calendar';
import { commitmentBreach } from './commitment';
import type { FilingState, RegionPolicy, Reminder, ReminderKind, SweepResult } from './types';

const LIVE = ['ACTIVE', 'PENDING_REVIEW', 'RETURNED'] as const;
const STAGES = [1, 7, 30] as const;

export function sweepFiling(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): SweepResult {
  if (!(LIVE as readonly string[]).includes(filing.status))
    return { transition: null, reminders: [] };

  const breach = commitmentBreach(policy, filing, today);
  if (breach) return { transition: { status: 'TERMINATED', ...breach }, reminders: [] };

  const validity = policy.categories[filing.category].validity;
  if (filing.status === 'ACTIVE') {
    const ended =
      (filing.validUntil !== null && isAfter(today, filing.validUntil)) ||
      (validity.value.kind === 'THIS_ADMISSION' && filing.emergency?.discharged === true);
    if (ended) return { transition: { status: 'EXPIRED', rule: validity.rule }, reminders: [] };
  }

  const reminders: Reminder[] = [];
  const commitment = filing.commitment;
  if (commitment?.status === 'OPEN') {
    const reminder = reminderStage(
      'COMMITMENT_DUE',
      commitment.dueDate,
      commitment.signedOn,
      today,
    );
    if (reminder) reminders.push(reminder);
  }
  if (filing.status === 'ACTIVE' && filing.validUntil !== null) {
    const reminder = reminderStage('EXPIRY', filing.validUntil, filing.validFrom, today);
    if (reminder) reminders.push(reminder);
  }
  return { transition: null, reminders };
}

/**
 * The closest reminder stage (30, 7 or 1 day before) already reached, so a missed daily run still
 * reminds; the caller sends each (kind, dueDate, daysBefore) once. Stages before `since` are skipped.
 */
function reminderStage(
  kind: ReminderKind,
  dueDate: IsoDate,
  since: IsoDate,
  today: IsoDate,
): Reminder | null {
  if (isAfter(today, dueDate)) return null;
  for (const daysBefore of STAGES) {
    const remindOn = addDays(dueDate, -daysBefore);
    if (!isBefore(today, remindOn) && !isBefore(remindOn, since)) {
      return { kind, daysBefore, dueDate };
    }
  }
  return null;
}
