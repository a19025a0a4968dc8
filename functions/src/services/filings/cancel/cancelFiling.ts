// Cancelling (docs/policy-sources.md §6): the engine applies the region's lock (HA-9) and its exceptions and says
// when the cancellation takes effect (HA: online cancellations on the next working day).
import { decideCancel } from '@yidi/shared';
import { calendarFor, type Actor, type FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import type { FilingView } from '../common/present';
import { decided } from '../common/refusals';
import { transition } from '../common/transition';
import type { CancelFilingInput } from './input';

export async function cancelFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: CancelFilingInput,
): Promise<FilingView> {
  return transition(deps, actor, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'CANCEL',
    loadAs: 'ACTING_PERSON',
    decide: async ({ filing, policy }, { today }) => {
      const outcome = decided(
        decideCancel(
          policy,
          filingStateOf(filing),
          input.inHospital === undefined ? {} : { inHospital: input.inHospital },
          today,
          await calendarFor(deps),
        ),
      );
      return {
        next: {
          ...filing,
          details: {
            ...filing.details,
            cancellation: {
              reason: input.reason,
              requestedOn: today,
              effectiveOn: outcome.effectiveOn,
              inHospital: input.inHospital === true,
              rules: outcome.rules,
            },
          },
        },
        recorded: 'CANCELLED',
        // Audit: the policy rules that allowed this change (AH-14-1, HA-9, …).
        rule: outcome.rules.join(', '),
      };
    },
  });
}
