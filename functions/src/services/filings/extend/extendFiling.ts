// Asking to extend a referral (PZH-4-2-2 "因特殊原因，未能办理入院的，可申请办理转诊延期申请，经
// 审批生效后"): the engine decides; where the region decides on approval this records a pending
// request with its reason for a reviewer (review/decideExtension), else it extends at once.
import { decideExtensionRequest } from '@yidi/shared';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import type { FilingView } from '../common/present';
import { decided } from '../common/refusals';
import { transition } from '../common/transition';
import type { ExtendFilingInput } from './input';

export async function extendFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: ExtendFilingInput,
): Promise<FilingView> {
  return transition(deps, actor, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'EXTEND',
    loadAs: 'ACTING_PERSON',
    decide: ({ filing, policy }, { at, today }) => {
      const outcome = decided(
        decideExtensionRequest(policy, filingStateOf(filing), input.reason, today),
      );
      const rule = outcome.rules.join(', ');
      if (outcome.kind === 'REQUESTED') {
        return {
          next: {
            ...filing,
            extensionRequest: { ...outcome.request, requestedAt: at, requestedBy: actor.userId },
          },
          recorded: 'EXTENSION_REQUESTED',
          note: outcome.request.reason,
          rule,
          detail: { reason: outcome.request.reason },
        };
      }
      return {
        next: {
          ...filing,
          validUntil: outcome.validUntil,
          extensionsUsed: outcome.extensionsUsed,
        },
        recorded: 'EXTENDED',
        // Audit: the policy rules that allowed this change.
        rule,
      };
    },
  });
}
