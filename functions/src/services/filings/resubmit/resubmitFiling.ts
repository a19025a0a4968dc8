// Resubmitting a RETURNED filing (AH-12-1/2: every problem was told at once; the person fixes
// them and sends the same filing back): PENDING_REVIEW again, a new review round with its own
// working-day due date, the added materials joined to the proof. One versioned write.
import { resubmitBlocked, reviewDue } from '@yidi/shared';
import { calendarFor, verificationOf, type Actor, type FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import { loadFilingForActor } from '../common/load';
import { refusalError } from '../common/refusals';
import { resolveMaterials } from '../common/materials';
import type { FilingView } from '../common/present';
import { nowOf } from '../common/today';
import { writeNextVersion } from '../common/write';
import type { ResubmitFilingInput } from './input';

export async function resubmitFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: ResubmitFilingInput,
): Promise<FilingView> {
  const { at, today } = nowOf(deps.clock);
  const loaded = await loadFilingForActor(deps, actor, input.filingId, {
    intent: 'act',
    expectedVersion: input.expectedVersion,
  });
  const { filing, policy } = loaded;
  const blocked = resubmitBlocked(policy, filingStateOf(filing), today);
  if (blocked) throw refusalError(blocked);
  await resolveMaterials(
    deps.store.materials,
    filing.personId,
    [{ field: 'materialIds', ids: input.materialIds }],
    verificationOf(deps),
  );
  const { review: previousDecision, ...details } = filing.details ?? {};
  const round = Number(details.reviewRound ?? 1) + 1;
  const due = reviewDue(policy, today, await calendarFor(deps));
  const dueBy = due.date;
  return writeNextVersion(deps, {
    loaded,
    next: {
      ...filing,
      status: 'PENDING_REVIEW',
      review: {
        dueBy,
        ...(due.provisional ? { dueByProvisional: true } : {}),
        submittedOn: today,
        notices: [],
      },
      proof: {
        ...filing.proof,
        materialIds: [...new Set([...filing.proof.materialIds, ...input.materialIds])],
      },
      details: {
        ...details,
        reviewRound: round,
        previousReviews: [
          ...((details.previousReviews as unknown[] | undefined) ?? []),
          { ...(previousDecision as object | undefined), notices: filing.review?.notices ?? [] },
        ],
      },
    },
    actor,
    event: 'SUPPLEMENTED',
    note: 'RESUBMITTED',
    at,
    today,
    rule: policy.review.onlineWorkingDays.rule,
    detail: { resubmission: round, reviewDueBy: dueBy, materialIds: input.materialIds },
  });
}
