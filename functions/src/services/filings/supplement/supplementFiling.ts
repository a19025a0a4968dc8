// Supplementing proof under an open commitment (docs/policy-sources.md §3): the engine says what is still
// missing; complete materials close the commitment (FULFILLED) and the filing goes on as usual.
import { decideSupplement } from '@yidi/shared';
import type { FilingProof } from '../../../store';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import { docTypesOf, resolveMaterials } from '../common/materials';
import { verificationOf } from '../common/deps';
import type { FilingView } from '../common/present';
import { decided } from '../common/refusals';
import { transition } from '../common/transition';
import type { SupplementFilingInput } from './input';

export async function supplementFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: SupplementFilingInput,
): Promise<FilingView> {
  return transition(deps, actor, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'SUPPLEMENT',
    loadAs: 'ACTING_PERSON',
    decide: async ({ filing, policy }, { today }) => {
      const found = await resolveMaterials(
        deps.store.materials,
        filing.personId,
        [{ field: 'materialIds', ids: input.materialIds }],
        verificationOf(deps),
      );
      const outcome = decided(
        decideSupplement(
          policy,
          filingStateOf(filing),
          docTypesOf(found, input.materialIds),
          today,
          input.proofEndDate,
        ),
      );
      const commitment = filing.commitment && {
        ...filing.commitment,
        status: outcome.commitment.status,
        missing: outcome.commitment.missing,
      };
      const proof: FilingProof = {
        ...filing.proof,
        materialIds: [...new Set([...filing.proof.materialIds, ...input.materialIds])],
      };
      return {
        next: {
          ...filing,
          commitment,
          proof,
          ...(outcome.validUntil
            ? { validUntil: outcome.validUntil, proofEndDate: outcome.validUntil }
            : {}),
        },
        recorded: 'SUPPLEMENTED',
        // Audit: the policy rules that allowed this change (AH-14-1, HA-9, …).
        rule: outcome.rules.join(', '),
      };
    },
  });
}
