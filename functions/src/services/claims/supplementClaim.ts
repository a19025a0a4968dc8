// POST /v1/claims/{id}/supplements: documents join the claim; complete → SUBMITTED (HA-19's
// clock starts that day). Past the binding AH-47 deadline: 409 CLAIM_DEADLINE_PASSED.
import { decideClaimSupplement } from '@yidi/shared';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import { calendarFor, verificationOf } from '../filings/common/deps';
import { docTypesOf, resolveMaterials } from '../filings/common/materials';
import { nowOf } from '../filings/common/today';
import type { ClaimServiceDeps } from './deps';
import { loadClaimForActor } from './load';
import { receivedContent, supplementedContent } from './messageText';
import type { ClaimView } from './present';
import { claimStateOf } from './state';
import { writeClaim } from './write';

export async function supplementClaim(
  deps: ClaimServiceDeps,
  caller: Caller,
  input: { claimId: string; expectedVersion: number; materialIds: string[] },
): Promise<ClaimView> {
  const { at, today } = nowOf(deps.clock);
  const { claim, history, link, policy } = await loadClaimForActor(deps, caller, input.claimId, {
    intent: 'act',
    expectedVersion: input.expectedVersion,
  });
  const found = await resolveMaterials(
    deps.store.materials,
    claim.personId,
    [{ field: 'materialIds', ids: input.materialIds }],
    verificationOf(deps),
  );
  const added = docTypesOf(found, input.materialIds);
  const decision = decideClaimSupplement(
    policy,
    claimStateOf(claim),
    added,
    today,
    await calendarFor(deps),
  );
  if (!decision.ok) throw AppError.fromRefusal(decision.refusal);
  const outcome = decision.value;
  const completed = outcome.status === 'SUBMITTED';
  const { extensionRequest: _answered, ...rest } = claim;
  return writeClaim(deps, {
    previous: claim,
    history,
    next: {
      ...(completed ? rest : claim),
      status: outcome.status,
      materialIds: [...new Set([...claim.materialIds, ...input.materialIds])],
      docTypes: [...new Set([...claim.docTypes, ...added])],
      missing: outcome.missing,
      ...(completed ? { notices: [] } : {}),
      ...(outcome.completeOn ? { completeOn: outcome.completeOn } : {}),
      ...(outcome.reviewDueBy ? { reviewDueBy: outcome.reviewDueBy.date } : {}),
    },
    event: 'SUPPLEMENTED',
    actor: caller,
    link,
    at,
    today,
    rule: policy.claims.documents.rule,
    // Every step tells the person: complete → received for review; else what is still missing.
    message: completed ? receivedContent : supplementedContent,
  });
}
