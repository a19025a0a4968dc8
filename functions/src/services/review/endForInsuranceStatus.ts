// POST /v1/review/{filingId}/insurance-status-end: staff record that the person's insurance
// status changed, which ends a long-term registration where the region says so (AH 第十三条（一）
// "个人在本统筹区内参保状态未发生变更时…长期有效"). One versioned write with its audit and the
// message to the person.
import { decideInsuranceStatusEnd, type InsuranceStatusEndBody } from '@yidi/shared';
import type { Caller } from '../../middleware/types';
import type { FilingView } from '../filings';
import { filingStateOf } from '../filings/common/filingState';
import { decided } from '../filings/common/refusals';
import { transition } from '../filings/common/transition';
import { insuranceStatusEndContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import type { ReviewWriteDeps } from './decideExtension';
import { requireReviewer } from './reviewerAccess';

export async function endForInsuranceStatus(
  deps: ReviewWriteDeps,
  reviewer: Caller,
  input: InsuranceStatusEndBody & { filingId: string },
): Promise<FilingView> {
  requireReviewer(reviewer);
  return transition(deps, reviewer, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'INSURANCE_STATUS_END',
    loadAs: 'REVIEWER',
    decide: ({ filing, policy }, { at, today }) => {
      const outcome = decided(decideInsuranceStatusEnd(policy, filingStateOf(filing)));
      return {
        next: {
          ...filing,
          details: {
            ...filing.details,
            termination: { reason: 'INSURANCE_STATUS_CHANGED', rule: outcome.rules[0], on: today },
          },
        },
        recorded: 'ENDED',
        note: input.note,
        rule: outcome.rules.join(', '),
        detail: { reason: 'INSURANCE_STATUS_CHANGED', note: input.note },
        alsoFor: (view) => [
          deps.store.messages.outboxWrite(
            newMessage({
              personId: view.personId,
              subject: { kind: 'FILING', id: view.id },
              content: insuranceStatusEndContent(filing, today),
              at,
            }),
          ),
        ],
      };
    },
  });
}
