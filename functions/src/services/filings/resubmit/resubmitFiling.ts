// Resubmitting a RETURNED filing (AH-12-1/2: every problem was told at once; the person fixes
// them and sends the same filing back): PENDING_REVIEW again, a new review round with its own
// working-day due date, the added materials joined to the proof. One versioned write.
import { reviewDueDate } from '@yidi/shared';
import { AppError } from '../../../errors';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { loadFilingForActor } from '../common/load';
import { resolveMaterials } from '../common/materials';
import { verificationOf } from '../common/deps';
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
  if (filing.status !== 'RETURNED') {
    throw new AppError('FILING_NOT_ACTIVE', {
      message: '只有被退回补正的备案可以重新提交。',
    });
  }
  await resolveMaterials(
    deps.store.materials,
    filing.personId,
    [{ field: 'materialIds', ids: input.materialIds }],
    verificationOf(deps),
  );
  const { review: previousDecision, ...details } = filing.details ?? {};
  const round = Number(details.reviewRound ?? 1) + 1;
  const dueBy = reviewDueDate(policy, today);
  return writeNextVersion(deps, {
    loaded,
    next: {
      ...filing,
      status: 'PENDING_REVIEW',
      review: { dueBy, notices: [] },
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
