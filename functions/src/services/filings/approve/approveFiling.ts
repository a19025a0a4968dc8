// Approving a filing under review: the engine fixes validity and the lock anchor
// (decideReviewApproval); the status becomes ACTIVE in one versioned write. The review endpoint
// (a later issue) adds RETURN and REJECT; until then tests and the demo seed approve here.
import { decideReviewApproval } from '@yidi/shared';
import { AppError, notFound } from '../../../errors';
import type { AlsoWrite } from '../../../store';
import type { FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import { policyOf } from '../common/policy';
import type { FilingView } from '../common/present';
import { nowOf } from '../common/today';
import { writeNextVersion } from '../common/write';
import { requireNoConflict } from '../../review/reviewerAccess';
import type { ApproveFilingInput, Reviewer } from './input';

export async function approveFiling(
  deps: Pick<FilingServiceDeps, 'store' | 'clock' | 'recorder'>,
  reviewer: Reviewer,
  input: ApproveFilingInput,
  options: { alsoFor?: (view: FilingView) => readonly AlsoWrite[] } = {},
): Promise<FilingView> {
  const { at, today } = nowOf(deps.clock);
  if (!reviewer.roles.includes('REVIEWER') && !reviewer.roles.includes('ADMIN')) {
    throw new AppError('FORBIDDEN');
  }
  // One round trip: the filing with its history and the reviewer's own link to its person (SOD-1).
  const { filing, link, history } = await deps.store.filings.getForReader(
    input.filingId,
    reviewer.userId,
  );
  if (!filing || !reviewer.regions.includes(filing.insuredRegion)) throw notFound();
  requireNoConflict(reviewer, filing, link);
  if (filing.version !== input.expectedVersion) throw new AppError('VERSION_CONFLICT');
  if (filing.status !== 'PENDING_REVIEW') {
    throw new AppError('FILING_NOT_ACTIVE', { message: '这份备案不在待审核状态，不能审核通过。' });
  }
  const policy = policyOf(filing.insuredRegion);
  const approval = decideReviewApproval(policy, filingStateOf(filing), today);
  return writeNextVersion(deps, {
    loaded: { filing, history, policy },
    next: {
      ...filing,
      status: 'ACTIVE',
      validFrom: approval.validFrom,
      validUntil: approval.validUntil,
      lockAnchor: approval.lockAnchor,
      details: {
        ...filing.details,
        review: { decision: 'APPROVE', decidedAt: at, decidedBy: reviewer.userId },
      },
    },
    actor: reviewer,
    event: 'REVIEWED',
    at,
    today,
    rule: policy.review.onlineWorkingDays.rule,
    detail: { decision: 'APPROVE' },
    ...options,
  });
}
