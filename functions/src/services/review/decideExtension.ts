// POST /v1/review/{filingId}/extension-decision: a reviewer of the region decides a pending
// PZH-4-2-2 extension request ("经审批生效"). APPROVE extends by one period from the current end;
// REFUSE leaves it. One versioned write with its audit and the message to the person.
import { decideExtensionDecision, type ExtensionDecisionBody } from '@yidi/shared';
import type { Clock } from '../../clock';
import type { Caller } from '../../middleware/types';
import type { ResultRecorder, Store } from '../../store';
import type { FilingView } from '../filings';
import { filingStateOf } from '../filings/common/filingState';
import { decided } from '../filings/common/refusals';
import { transition } from '../filings/common/transition';
import { extensionDecisionContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import { requireReviewer } from './reviewerAccess';

export interface ReviewWriteDeps {
  store: Pick<Store, 'filings' | 'materials' | 'agentLinks' | 'messages'>;
  clock: Clock;
  recorder?: ResultRecorder;
}

export async function decideExtension(
  deps: ReviewWriteDeps,
  reviewer: Caller,
  input: ExtensionDecisionBody & { filingId: string },
): Promise<FilingView> {
  requireReviewer(reviewer);
  const approve = input.decision === 'APPROVE';
  return transition(deps, reviewer, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'DECIDE_EXTENSION',
    loadAs: 'REVIEWER',
    decide: ({ filing, policy }, { at, today }) => {
      const outcome = decided(decideExtensionDecision(policy, filingStateOf(filing), approve));
      // The request is answered either way: it leaves the filing, the audit keeps it.
      const { extensionRequest, ...rest } = filing;
      return {
        next: { ...rest, validUntil: outcome.validUntil, extensionsUsed: outcome.extensionsUsed },
        recorded: approve ? 'EXTENDED' : 'EXTENSION_REFUSED',
        ...(input.note ? { note: input.note } : {}),
        rule: outcome.rules.join(', '),
        detail: {
          decision: input.decision,
          ...(extensionRequest ? { request: extensionRequest } : {}),
          ...(input.note ? { note: input.note } : {}),
        },
        alsoFor: (view) => [
          deps.store.messages.outboxWrite(
            newMessage({
              personId: view.personId,
              subject: { kind: 'FILING', id: view.id },
              content: extensionDecisionContent(
                { destination: filing.destination, validUntil: outcome.validUntil },
                approve,
                today,
                input.note,
              ),
              at,
            }),
          ),
        ],
      };
    },
  });
}
