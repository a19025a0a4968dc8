// POST /v1/review/{filingId}/decision. APPROVE activates with the policy's validity
// (approveFiling → decideReviewApproval). RETURN sends the filing back with every problem listed
// at once (AH-12-1/2, HA-18); the person fixes them and resubmits the same filing. REJECT ends it,
// with the reasons. Each is one versioned write with its audit and the message to the person
// (outbox: the dispatcher sends it), so a decision and its message exist together or not at all.
import type { ReviewDecisionBody } from '@yidi/shared';
import type { Clock } from '../../clock';
import { AppError, notFound } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AlsoWrite, ResultRecorder, ReviewNotice, Store } from '../../store';
import { approveFiling, type FilingView } from '../filings';
import { policyOf } from '../filings/common/policy';
import { nowOf } from '../filings/common/today';
import { writeNextVersion } from '../filings/common/write';
import { reviewContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import { mayReviewRegion, requireNoConflict, requireReviewer } from './reviewerAccess';

export interface DecideReviewDeps {
  store: Pick<Store, 'filings' | 'materials' | 'agentLinks' | 'messages'>;
  clock: Clock;
  recorder?: ResultRecorder;
}

export type DecideReviewInput = ReviewDecisionBody & { filingId: string };

export async function decideReview(
  deps: DecideReviewDeps,
  reviewer: Caller,
  input: DecideReviewInput,
): Promise<FilingView> {
  requireReviewer(reviewer);
  const alsoFor = (view: FilingView) => [messageToThePerson(deps, view, input)];
  return input.decision === 'APPROVE'
    ? approveFiling(
        deps,
        reviewer,
        { filingId: input.filingId, expectedVersion: input.expectedVersion },
        { alsoFor },
      )
    : returnOrReject(deps, reviewer, { ...input, decision: input.decision }, alsoFor);
}

async function returnOrReject(
  deps: DecideReviewDeps,
  reviewer: Caller,
  input: DecideReviewInput & { decision: 'RETURN' | 'REJECT' },
  alsoFor: (view: FilingView) => readonly AlsoWrite[],
): Promise<FilingView> {
  const { at, today } = nowOf(deps.clock);
  const { filing, link, history } = await deps.store.filings.getForReader(
    input.filingId,
    reviewer.userId,
  );
  if (!filing || !mayReviewRegion(reviewer, filing.insuredRegion)) throw notFound();
  requireNoConflict(reviewer, filing, link);
  if (filing.version !== input.expectedVersion) throw new AppError('VERSION_CONFLICT');
  if (filing.status !== 'PENDING_REVIEW' || !filing.review) {
    throw new AppError('FILING_NOT_ACTIVE', { message: '这份备案不在待审核状态，不能审核。' });
  }
  const policy = policyOf(filing.insuredRegion);
  const notices: ReviewNotice[] = input.notices;
  return writeNextVersion(deps, {
    loaded: { filing, history, policy },
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
    alsoFor,
  });
}

/** The review result for the person's inbox and WeChat, as an outbox item of the decision. */
function messageToThePerson(
  deps: Pick<DecideReviewDeps, 'store' | 'clock'>,
  filing: FilingView,
  input: DecideReviewInput,
): AlsoWrite {
  const { at, today } = nowOf(deps.clock);
  return deps.store.messages.outboxWrite(
    newMessage({
      personId: filing.personId,
      filingId: filing.id,
      content: reviewContent(filing, input.decision, input.notices, today),
      at,
    }),
  );
}
