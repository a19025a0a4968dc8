// POST /v1/review/{filingId}/insurance-status-end: staff record that the person's insurance
// status changed, which ends a long-term registration where the region says so (AH 第十三条（一）
// "个人在本统筹区内参保状态未发生变更时…长期有效"). One versioned write with its audit and the
// message to the person.
import { decideInsuranceStatusEnd, type InsuranceStatusEndBody } from '@yidi/shared';
import { AppError, notFound } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { FilingView } from '../filings';
import { filingStateOf } from '../filings/common/filingState';
import { policyOf } from '../filings/common/policy';
import { decided } from '../filings/common/refusals';
import { nowOf } from '../filings/common/today';
import { writeNextVersion } from '../filings/common/write';
import { insuranceStatusEndContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import type { ReviewWriteDeps } from './decideExtension';
import { mayReviewRegion, requireReviewer } from './reviewerAccess';

export async function endForInsuranceStatus(
  deps: ReviewWriteDeps,
  reviewer: Caller,
  input: InsuranceStatusEndBody & { filingId: string },
): Promise<FilingView> {
  requireReviewer(reviewer);
  const { at, today } = nowOf(deps.clock);
  // One consistent Query: the filing and its history (the answer shows it).
  const found = await deps.store.filings.get(input.filingId);
  const filing = found?.filing;
  if (!found || !filing || !mayReviewRegion(reviewer, filing.insuredRegion)) throw notFound();
  if (filing.version !== input.expectedVersion) throw new AppError('VERSION_CONFLICT');
  const policy = policyOf(filing.insuredRegion);
  const outcome = decided(decideInsuranceStatusEnd(policy, filingStateOf(filing)));
  return writeNextVersion(deps, {
    loaded: { filing, history: found.history, policy },
    next: {
      ...filing,
      status: outcome.status,
      details: {
        ...filing.details,
        termination: { reason: 'INSURANCE_STATUS_CHANGED', rule: outcome.rules[0], on: today },
      },
    },
    actor: reviewer,
    event: 'ENDED',
    note: input.note,
    rule: outcome.rules.join(', '),
    detail: { reason: 'INSURANCE_STATUS_CHANGED', note: input.note },
    at,
    today,
    alsoFor: (view) => [
      deps.store.messages.outboxWrite(
        newMessage({
          personId: view.personId,
          filingId: view.id,
          content: insuranceStatusEndContent(filing, today),
          at,
        }),
      ),
    ],
  });
}
