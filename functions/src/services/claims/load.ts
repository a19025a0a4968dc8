// Loads a claim with the caller's link, read together (one round trip): unknown ids and claims
// the caller may not see are 404 alike; a PENDING agent sees nothing (access/personAccess).
import { parseCompositeId, policyForRegion, type RegionPolicy } from '@yidi/shared';
import { AppError, notFound } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AgentLinkRecord, ClaimRecord, ClaimVersionRecord } from '../../store';
import { requirePersonAccessOf, type PersonIntent } from '../access/personAccess';
import { requireReadAccess } from '../access/readAccess';
import { mayReviewRegion } from '../review/reviewerAccess';
import type { ClaimServiceDeps } from './deps';

export interface LoadedClaim {
  claim: ClaimRecord;
  history: ClaimVersionRecord[];
  /** The caller's own link to the person (none for a reviewer who is not linked). */
  link: AgentLinkRecord | undefined;
  policy: RegionPolicy;
}

async function readClaim(
  deps: Pick<ClaimServiceDeps, 'store'>,
  caller: Caller,
  claimId: string,
): Promise<Omit<LoadedClaim, 'policy'>> {
  const personId = parseCompositeId(claimId)?.personId;
  if (!personId) throw notFound();
  const [claim, history, link] = await Promise.all([
    deps.store.claims.get(claimId),
    deps.store.claims.history(claimId),
    deps.store.agentLinks.get(caller.userId, personId),
  ]);
  if (!claim) throw notFound();
  return { claim, history, link };
}

const policyOf = (claim: ClaimRecord): RegionPolicy => {
  const policy = policyForRegion(claim.insuredRegion);
  if (!policy) throw notFound();
  return policy;
};

function checkVersion(claim: ClaimRecord, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && expectedVersion !== claim.version) {
    throw new AppError('VERSION_CONFLICT', {
      message: '这份报销申请刚刚被修改过，请刷新后查看最新内容再操作。',
    });
  }
}

/** Reading: an ACTIVE link, or a reviewer of the claim's region (as for filings). */
export async function loadClaimForReader(
  deps: Pick<ClaimServiceDeps, 'store'>,
  caller: Caller,
  claimId: string,
): Promise<LoadedClaim> {
  const loaded = await readClaim(deps, caller, claimId);
  requireReadAccess(caller, loaded.link, loaded.claim.insuredRegion);
  return { ...loaded, policy: policyOf(loaded.claim) };
}

/** Acting for the person: an ACTIVE link with the agent's verified identity. */
export async function loadClaimForActor(
  deps: Pick<ClaimServiceDeps, 'store'>,
  caller: Caller,
  claimId: string,
  options: { intent: PersonIntent; expectedVersion?: number },
): Promise<LoadedClaim & { link: AgentLinkRecord }> {
  const loaded = await readClaim(deps, caller, claimId);
  requirePersonAccessOf(loaded.link, 'view');
  const link = requirePersonAccessOf(loaded.link, options.intent);
  checkVersion(loaded.claim, options.expectedVersion);
  return { ...loaded, link, policy: policyOf(loaded.claim) };
}

/** A reviewer of the claim's region (others: 404, as for a claim they may not see). */
export async function loadClaimForReviewer(
  deps: Pick<ClaimServiceDeps, 'store'>,
  caller: Caller,
  claimId: string,
  expectedVersion: number,
): Promise<LoadedClaim> {
  const loaded = await readClaim(deps, caller, claimId);
  if (!mayReviewRegion(caller, loaded.claim.insuredRegion)) throw notFound();
  checkVersion(loaded.claim, expectedVersion);
  return { ...loaded, policy: policyOf(loaded.claim) };
}
