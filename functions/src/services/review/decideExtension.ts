// POST /v1/review/{filingId}/extension-decision: a reviewer of the region decides a pending
// PZH-4-2-2 extension request ("经审批生效"). APPROVE extends by one period from the current end;
// REFUSE leaves it. One versioned write with its audit and the message to the person.
import { decideExtensionDecision, type ExtensionDecisionBody } from '@yidi/shared';
import type { Clock } from '../../clock';
import { AppError, notFound } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { ResultRecorder, Store } from '../../store';
import type { FilingView } from '../filings';
import { filingStateOf } from '../filings/common/filingState';
import { policyOf } from '../filings/common/policy';
import { decided } from '../filings/common/refusals';
import { nowOf } from '../filings/common/today';
import { writeNextVersion } from '../filings/common/write';
import { extensionDecisionContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import { mayReviewRegion, requireReviewer } from './reviewerAccess';

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
  const { at, today } = nowOf(deps.clock);
  // One consistent Query: the filing and its history (the answer shows it).
  const found = await deps.store.filings.get(input.filingId);
  const filing = found?.filing;
  if (!found || !filing || !mayReviewRegion(reviewer, filing.insuredRegion)) throw notFound();
  if (filing.version !== input.expectedVersion) throw new AppError('VERSION_CONFLICT');
  const policy = policyOf(filing.insuredRegion);
  const approve = input.decision === 'APPROVE';
  const outcome = decided(decideExtensionDecision(policy, filingStateOf(filing), approve));
  // The request is answered either way: it leaves the filing, the audit keeps it.
  const { extensionRequest, ...rest } = filing;
  return writeNextVersion(deps, {
    loaded: { filing, history: found.history, policy },
    next: { ...rest, validUntil: outcome.validUntil, extensionsUsed: outcome.extensionsUsed },
    actor: reviewer,
    event: approve ? 'EXTENDED' : 'EXTENSION_REFUSED',
    ...(input.note ? { note: input.note } : {}),
    rule: outcome.rules.join(', '),
    detail: {
      decision: input.decision,
      ...(extensionRequest ? { request: extensionRequest } : {}),
      ...(input.note ? { note: input.note } : {}),
    },
    at,
    today,
    alsoFor: (view) => [
      deps.store.messages.outboxWrite(
        newMessage({
          personId: view.personId,
          filingId: view.id,
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
  });
}
