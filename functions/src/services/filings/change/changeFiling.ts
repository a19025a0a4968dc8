// A change (变更, docs/policy-sources.md §5): the engine applies the lock and its exceptions; the result is a new
// version of the same filing, the previous one kept as a history item (AH-14 "接续享受").
import { decideChange } from '@yidi/shared';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import { resolveMaterials } from '../common/materials';
import { verificationOf } from '../common/deps';
import type { FilingView } from '../common/present';
import { decided } from '../common/refusals';
import { transition } from '../common/transition';
import type { ChangeFilingInput } from './input';

export async function changeFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: ChangeFilingInput,
): Promise<FilingView> {
  return transition(deps, actor, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'CHANGE',
    loadAs: 'ACTING_PERSON',
    decide: async ({ filing, policy }, { today }) => {
      const evidenceIds = input.evidenceMaterialIds ?? [];
      await resolveMaterials(
        deps.store.materials,
        filing.personId,
        [{ field: 'evidenceMaterialIds', ids: evidenceIds }],
        verificationOf(deps),
      );
      const outcome = decided(
        decideChange(
          policy,
          filingStateOf(filing),
          {
            reason: input.reason,
            ...(input.category ? { category: input.category } : {}),
            ...(input.destination ? { destinationCode: input.destination.code } : {}),
            evidenceProvided: evidenceIds.length > 0,
            ...(input.proofEndDate ? { proofEndDate: input.proofEndDate } : {}),
          },
          today,
        ),
      );
      const { code, name, level } = outcome.destination;
      return {
        next: {
          ...filing,
          category: outcome.category,
          class: outcome.class,
          destination: { code, name, level },
          validFrom: outcome.validFrom,
          validUntil: outcome.validUntil,
          lockAnchor: outcome.lockAnchor,
          ...(input.proofEndDate ? { proofEndDate: input.proofEndDate } : {}),
          details: {
            ...filing.details,
            lastChange: {
              reason: input.reason,
              on: today,
              evidenceMaterialIds: evidenceIds,
              rules: outcome.rules,
            },
          },
        },
        recorded: 'CHANGED',
        // Audit: the policy rules that allowed this change (AH-14-1, HA-9, …).
        rule: outcome.rules.join(', '),
        note: input.reason,
      };
    },
  });
}
