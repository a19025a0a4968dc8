// The daily sweep's part for claims (AH-47): it reads only the due rows of the days since the
// last finished run (the first run: the week before) per policy region — never the table — so
// days the sweep missed are caught up, and for each
// claim forfeits it ("视为放弃医保报销") or queues the 30/7/1-day reminder once; each change
// moves the claim's due row to its next day in the same transaction. Safe to run twice.
import {
  addDays,
  bindingClaimDeadline,
  listPolicyRegions,
  policyForRegion,
  sweepClaim,
  type IsoDate,
} from '@yidi/shared';
import { AppError } from '../../errors';
import { StoreConflictError, type Store } from '../../store';
import { recordOnce } from '../notifications/recordOnce';
import { nowOf } from '../filings/common/today';
import type { ClaimServiceDeps } from './deps';
import { dueReminderContent, forfeitedContent } from './messageText';
import { claimStateOf, withSweepDay } from './state';
import { writeClaim } from './write';

export interface ClaimSweepReport {
  read: number;
  forfeited: number;
  reminded: number;
  alreadyReminded: number;
  moved: number;
}

/** A first run (no finished run recorded) reads this many days back. */
const FIRST_RUN_LOOK_BACK_DAYS = 7;
/** However long the sweep was down, a run reads at most this many days back (~ 6-month deadlines). */
const MAX_LOOK_BACK_DAYS = 400;

export async function sweepClaims(deps: {
  store: ClaimServiceDeps['store'] & Pick<Store, 'sweepCheckpoints'>;
  clock: ClaimServiceDeps['clock'];
}): Promise<ClaimSweepReport> {
  const { at, today } = nowOf(deps.clock);
  const report: ClaimSweepReport = {
    read: 0,
    forfeited: 0,
    reminded: 0,
    alreadyReminded: 0,
    moved: 0,
  };
  const sweptThrough = await deps.store.sweepCheckpoints.claimsSweptThrough();
  const from = daysFrom(sweptThrough, today);
  const days: IsoDate[] = [];
  for (let day = from; day <= today; day = addDays(day, 1)) days.push(day);
  const regions = listPolicyRegions().map((r) => r.code);
  for (const region of regions) {
    for (const day of days) {
      for (const row of await deps.store.claims.dueOn(day, region)) {
        report.read += 1;
        await sweepOneClaim(deps, row.claimId, { at, today }, report);
      }
    }
  }
  await deps.store.sweepCheckpoints.markClaimsSwept(today, at);
  return report;
}

/** The first day to read: the day after the last finished run (today itself on a rerun). */
function daysFrom(sweptThrough: IsoDate | undefined, today: IsoDate): IsoDate {
  const earliest = addDays(today, -MAX_LOOK_BACK_DAYS);
  if (!sweptThrough) return addDays(today, -FIRST_RUN_LOOK_BACK_DAYS);
  const next = sweptThrough >= today ? today : addDays(sweptThrough, 1);
  return next < earliest ? earliest : next;
}

async function sweepOneClaim(
  deps: Pick<ClaimServiceDeps, 'store' | 'clock'>,
  claimId: string,
  now: { at: string; today: IsoDate },
  report: ClaimSweepReport,
): Promise<void> {
  const claim = await deps.store.claims.get(claimId);
  if (!claim) return;
  const policy = policyForRegion(claim.insuredRegion);
  if (!policy) return;
  const state = claimStateOf(claim);
  const result = sweepClaim(policy, state, now.today);
  const history = result.forfeit ? await deps.store.claims.history(claimId) : [];
  try {
    if (result.forfeit) {
      const lastDay = bindingClaimDeadline(state)?.date ?? claim.deadline ?? now.today;
      await writeClaim(deps, {
        previous: claim,
        history,
        next: { ...claim, status: 'FORFEITED' },
        event: 'FORFEITED',
        actor: 'SYSTEM',
        link: undefined,
        at: now.at,
        today: now.today,
        rule: result.forfeit.rule,
        message: (next) => forfeitedContent(next, lastDay),
      });
      report.forfeited += 1;
      return;
    }
    if (result.reminder) {
      const outcome = await recordOnce(deps.store.messages, {
        subject: { kind: 'CLAIM', id: claim.id },
        occasion: `CLAIM_DUE#${result.reminder.dueDate}#${result.reminder.daysBefore}`,
        personId: claim.personId,
        content: dueReminderContent(claim, result.reminder.dueDate, result.reminder.daysBefore),
        at: now.at,
        keepClaimUntil: result.reminder.dueDate,
      });
      report[outcome === 'QUEUED' ? 'reminded' : 'alreadyReminded'] += 1;
    }
    // Move the due row to the next day the claim needs a look (tomorrow on), unless it is there.
    const moved = withSweepDay(claim, addDays(now.today, 1));
    if (moved.sweepDay !== claim.sweepDay) {
      await deps.store.claims.moveDue(claim, moved.sweepDay);
      report.moved += 1;
    }
  } catch (error) {
    // Another writer moved the claim meanwhile: the next run decides on the new state.
    if (error instanceof AppError && error.code === 'VERSION_CONFLICT') return;
    if (error instanceof StoreConflictError) return;
    throw error;
  }
}
