// One filing as it is now and what the user may do with it today: one consistent BatchGetItem of
// the filing item and the caller's link to the person its id names (the versions are the history
// screen's read). Linked accounts read it through their link; a reviewer of the filing's insured
// region reads it too (services/access/readAccess), with the person's summary the filing recorded.
import { notFound } from '../../../errors';
import { requireReadAccess } from '../../access/readAccess';
import { reviewerDecisionView } from '../../review/reviewerAccess';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { policyOf } from '../common/policy';
import { presentFiling, type FilingView } from '../common/present';
import { nowOf } from '../common/today';
import type { GetFilingInput } from './input';

export async function getFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: GetFilingInput,
): Promise<FilingView> {
  const { today } = nowOf(deps.clock);
  const { filing, link } = await deps.store.filings.getForReader(input.filingId, actor.userId);
  if (!filing) throw notFound();
  const reader = requireReadAccess(actor, link, filing.insuredRegion);
  const reviewerDecision = reviewerDecisionView(actor, filing, link);
  return {
    ...presentFiling({
      filing,
      policy: policyOf(filing.insuredRegion),
      today,
      ...(reader ? { person: reader.person, contact: 'full' as const } : {}),
    }),
    ...(reviewerDecision ? { reviewerDecision } : {}),
  };
}
