// POST /v1/review/{filingId}/decision. APPROVE activates with the policy's validity
// (approveFiling → decideReviewApproval). RETURN sends the filing back with every problem listed
// at once (AH-12-1/2, HA-18); the person fixes them and resubmits the same filing. REJECT ends it,
// with the reasons. Each is one versioned write with its audit; the person is then told once.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { ReviewDecisionBody } from '@yidi/shared';
import type { Clock } from '../../clock';
import { AppError, notFound } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { ReviewNotice, Store } from '../../store';
import { approveFiling, type FilingView } from '../filings';
import { policyOf } from '../filings/common/policy';
import { nowOf } from '../filings/common/today';
import { writeNextVersion } from '../filings/common/write';
import { reviewContent } from '../notifications/messageText';
import type { Notifier } from '../notifications/notifier';
import { notifyOnce } from '../notifications/notifyOnce';
import { mayReviewRegion, requireReviewer } from './reviewerAccess';

export interface DecideReviewDeps {
  store: Pick<Store, 'filings' | 'materials' | 'agentLinks' | 'messages'>;
  clock: Clock;
  notifier: Notifier;
  logger?: Pick<Logger, 'warn'>;
}

export type DecideReviewInput = ReviewDecisionBody & { filingId: string };

export async function decideReview(
  deps: DecideReviewDeps,
  reviewer: Caller,
  input: DecideReviewInput,
): Promise<FilingView> {
  requireReviewer(reviewer);
  const decided =
    input.decision === 'APPROVE'
      ? await approveFiling(deps, reviewer, {
          filingId: input.filingId,
          expectedVersion: input.expectedVersion,
        })
      : await returnOrReject(deps, reviewer, { ...input, decision: input.decision });
  await tellThePerson(deps, decided, input.decision, input.notices);
  return decided;
}

async function returnOrReject(
  deps: DecideReviewDeps,
  reviewer: Caller,
  input: DecideReviewInput & { decision: 'RETURN' | 'REJECT' },
): Promise<FilingView> {
  const { at, today } = nowOf(deps.clock);
  const filing = await deps.store.filings.head(input.filingId);
  if (!filing || !mayReviewRegion(reviewer, filing.insuredRegion)) throw notFound();
  if (filing.version !== input.expectedVersion) throw new AppError('VERSION_CONFLICT');
  if (filing.status !== 'PENDING_REVIEW' || !filing.review) {
    throw new AppError('FILING_NOT_ACTIVE', { message: '这份备案不在待审核状态，不能审核。' });
  }
  const policy = policyOf(filing.insuredRegion);
  const notices: ReviewNotice[] = input.notices;
  return writeNextVersion(deps, {
    loaded: { filing, policy },
    next: {
      ...filing,
      status: input.decision === 'RETURN' ? 'RETURNED' : 'REJECTED',
      review: { dueBy: filing.review.dueBy, notices },
      details: {
        ...filing.details,
        review: { decision: input.decision, decidedAt: at, decidedBy: reviewer.userId },
      },
    },
    actor: reviewer,
    event: 'REVIEWED',
    at,
    today,
    rule: policy.review.onlineWorkingDays.rule,
    detail: { decision: input.decision, notices },
  });
}

/** The decision stands whatever the channel does: a failed message is logged, never thrown. */
async function tellThePerson(
  deps: DecideReviewDeps,
  filing: FilingView,
  decision: ReviewDecisionBody['decision'],
  notices: ReviewNotice[],
): Promise<void> {
  const { at, today } = nowOf(deps.clock);
  try {
    await notifyOnce(
      {
        messages: deps.store.messages,
        notifier: deps.notifier,
        ...(deps.logger ? { logger: deps.logger } : {}),
      },
      {
        once: { filingId: filing.id, occasion: `REVIEW#v${filing.version}` },
        personId: filing.personId,
        content: reviewContent(filing, decision, notices, today),
        at,
        keepClaimUntil: today,
      },
    );
  } catch (error) {
    deps.logger?.warn('review message not recorded', {
      filingId: filing.id,
      error: (error as Error).message,
    });
  }
}
