// POST /v1/review/{filingId}/decision. APPROVE activates with the policy's validity
// (approveFiling → decideReviewApproval). RETURN sends the filing back with every problem listed
// at once (AH-12-1/2, HA-18); the person fixes them and resubmits the same filing. REJECT ends it,
// with the reasons. Each is one versioned write with its audit and the message to the person
// (outbox: the dispatcher sends it), so a decision and its message exist together or not at all.
import { MESSAGES, type ReviewDecisionBody } from '@yidi/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AlsoWrite, ResultRecorder, ReviewNotice, Store } from '../../store';
import { approveFiling, type FilingView } from '../filings';
import { nowOf } from '../filings/common/today';
import { transition } from '../filings/common/transition';
import { reviewContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import { requireReviewer } from './reviewerAccess';

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
  return transition(deps, reviewer, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: input.decision,
    loadAs: 'DECIDING_REVIEWER',
    decide: ({ filing, policy }, { at }) => {
      // Under review always has its review block; one without it cannot be decided.
      if (!filing.review) {
        throw new AppError('FILING_NOT_ACTIVE', { message: MESSAGES.notUnderReview() });
      }
      const notices: ReviewNotice[] = input.notices;
      return {
        next: {
          ...filing,
          review: { dueBy: filing.review.dueBy, notices },
          details: {
            ...filing.details,
            review: { decision: input.decision, decidedAt: at, decidedBy: reviewer.userId },
          },
        },
        recorded: 'REVIEWED',
        rule: policy.review.onlineWorkingDays.rule,
        detail: { decision: input.decision, notices },
        alsoFor,
      };
    },
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
      subject: { kind: 'FILING', id: filing.id },
      content: reviewContent(filing, input.decision, input.notices, today),
      at,
    }),
  );
}
