// The daily sweep's decision for one filing (docs/policy-sources.md §3, §4): a breached commitment terminates
// with the region's consequence; an ended validity expires; reminders before either deadline.
import { addDays, isAfter, isBefore, type IsoDate, type NationalCalendar } from '../calendar';
import { coveredThrough } from './admissions';
import { commitmentBreach } from './commitment';
import { TRANSITIONS, canTransition, isLive } from './transitions';
import type { FilingState, RegionPolicy, Reminder, ReminderKind, SweepResult } from './types';

const STAGES = [1, 7, 30] as const;

export function sweepFiling(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
  /** The national calendar with the published schedules (CC-201 hold on provisional dates). */
  calendar?: NationalCalendar,
): SweepResult {
  if (!isLive(filing.status)) return { transition: null, reminders: [] };

  // Which status may end which way is the table's (COMMITMENT_BREACH, VALIDITY_END).
  const breach = canTransition(filing.status, 'COMMITMENT_BREACH')
    ? commitmentBreach(policy, filing, today, calendar)
    : null;
  if (breach) {
    return { transition: { status: TRANSITIONS.COMMITMENT_BREACH.to, ...breach }, reminders: [] };
  }
  const held = filing.commitment?.status === 'OPEN' && isAfter(today, filing.commitment.dueDate);

  const validity = policy.categories[filing.category].validity;
  const mayExpire = canTransition(filing.status, 'VALIDITY_END');
  if (mayExpire) {
    // AH-13-2, YJ-9: a stay that began inside the validity keeps it usable to discharge; a
    // pending PZH-4-2-2 extension asked for in time waits for the reviewer.
    const covered = coveredThrough(policy, filing);
    const lastDay =
      filing.validUntil === null || covered === 'OPEN' || filing.extensionRequest
        ? null
        : covered !== null && isAfter(covered, filing.validUntil)
          ? covered
          : filing.validUntil;
    const ended =
      (lastDay !== null && isAfter(today, lastDay)) ||
      (validity.value.kind === 'THIS_ADMISSION' && filing.emergency?.discharged === true);
    if (ended) {
      const rule = covered !== null ? policy.admissions.coveredToDischarge.rule : validity.rule;
      return { transition: { status: TRANSITIONS.VALIDITY_END.to, rule }, reminders: [] };
    }
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
  const inCoveredStay = coveredThrough(policy, filing) === 'OPEN';
  if (mayExpire && filing.validUntil !== null && !filing.extensionRequest && !inCoveredStay) {
    const reminder = reminderStage('EXPIRY', filing.validUntil, filing.validFrom, today);
    if (reminder) reminders.push(reminder);
  }
  return { transition: null, reminders, ...(held ? { heldProvisional: true } : {}) };
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
