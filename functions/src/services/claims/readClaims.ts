// GET /v1/claims/{id} and GET /v1/claims?personId=: access exactly as for filings (an ACTIVE
// link, or a reviewer of the claim's region; a PENDING agent sees nothing — 404).
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import { grantsView } from '../access/personAccess';
import { nowOf } from '../filings/common/today';
import { mayReviewRegion, reviewerDecisionView } from '../review/reviewerAccess';
import type { ClaimServiceDeps } from './deps';
import { loadClaimForReader } from './load';
import { presentClaim, type ClaimView } from './present';

export async function getClaim(
  deps: Pick<ClaimServiceDeps, 'store' | 'clock'>,
  caller: Caller,
  claimId: string,
): Promise<ClaimView> {
  const { today } = nowOf(deps.clock);
  const { claim, history, link } = await loadClaimForReader(deps, caller, claimId);
  const verdict = reviewerDecisionView(caller, claim, link);
  return presentClaim({
    claim,
    history,
    today,
    ...(verdict ? { reviewerDecision: verdict } : {}),
    withPerson: !grantsView(link),
  });
}

/** One person's claims (personId required: the app always asks for one person). */
export async function listClaims(
  deps: Pick<ClaimServiceDeps, 'store' | 'clock'>,
  caller: Caller,
  personId: string | undefined,
): Promise<ClaimView[]> {
  const { today } = nowOf(deps.clock);
  if (personId === undefined) {
    // Every person the caller may see: their ACTIVE links (one Query), then each person's claims.
    const links = (await deps.store.agentLinks.listForUser(caller.userId)).filter(grantsView);
    const lists = await Promise.all(links.map((l) => deps.store.claims.listForPerson(l.personId)));
    return lists.flat().map((claim) => presentClaim({ claim, history: [], today }));
  }
  const [claims, link] = await Promise.all([
    deps.store.claims.listForPerson(personId),
    deps.store.agentLinks.get(caller.userId, personId),
  ]);
  if (!grantsView(link)) {
    // A reviewer sees the claims of their regions; anyone else nothing (404, as for filings).
    const visible = claims.filter((c) => mayReviewRegion(caller, c.insuredRegion));
    if (visible.length === 0) throw new AppError('NOT_FOUND');
    return visible.map((claim) => presentClaim({ claim, history: [], today, withPerson: true }));
  }
  return claims.map((claim) => presentClaim({ claim, history: [], today }));
}
