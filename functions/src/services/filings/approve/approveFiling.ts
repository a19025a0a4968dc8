// Approving a filing under review: the engine fixes validity and the lock anchor
// (decideReviewApproval); the transitions table's APPROVE makes it ACTIVE, in one versioned write.
// review/decideReview calls this for APPROVE; tests and the demo seed approve here directly.
import { decideReviewApproval, isReviewer } from '@yidi/shared';
import { AppError } from '../../../errors';
import type { AlsoWrite } from '../../../store';
import type { FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import type { FilingView } from '../common/present';
import { transition } from '../common/transition';
import type { ApproveFilingInput, Reviewer } from './input';

export async function approveFiling(
  deps: Pick<FilingServiceDeps, 'store' | 'clock' | 'recorder'>,
  reviewer: Reviewer,
  input: ApproveFilingInput,
  options: { alsoFor?: (view: FilingView) => readonly AlsoWrite[] } = {},
): Promise<FilingView> {
  if (!isReviewer(reviewer.roles)) throw new AppError('FORBIDDEN');
  return transition(deps, reviewer, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'APPROVE',
    loadAs: 'DECIDING_REVIEWER',
    decide: ({ filing, policy }, { at, today }) => {
      const approval = decideReviewApproval(policy, filingStateOf(filing), today);
      return {
        next: {
          ...filing,
          validFrom: approval.validFrom,
          validUntil: approval.validUntil,
          lockAnchor: approval.lockAnchor,
          details: {
            ...filing.details,
            review: { decision: 'APPROVE', decidedAt: at, decidedBy: reviewer.userId },
          },
        },
        recorded: 'REVIEWED',
        rule: policy.review.onlineWorkingDays.rule,
        detail: { decision: 'APPROVE' },
        ...options,
      };
    },
  });
}
