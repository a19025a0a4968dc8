// One filing with its whole history (one Query) and what the user may do with it today. Linked
// accounts read it through their link; a reviewer of the filing's insured region reads it too
// (services/access/readAccess), with the person's summary when a persons repository is given.
import { notFound } from '../../../errors';
import { personSummaryOf, type PersonRepository, type PersonSummary } from '../../../store';
import { requireReadAccess } from '../../access/readAccess';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { policyOf } from '../common/policy';
import { presentFiling, type FilingView } from '../common/present';
import { nowOf } from '../common/today';
import type { GetFilingInput } from './input';

export type GetFilingDeps = FilingServiceDeps & { persons?: Pick<PersonRepository, 'get'> };

export async function getFiling(
  deps: GetFilingDeps,
  actor: Actor,
  input: GetFilingInput,
): Promise<FilingView> {
  const { today } = nowOf(deps.clock);
  const found = await deps.store.filings.get(input.filingId);
  if (!found) throw notFound();
  const { filing, history } = found;
  const link = await requireReadAccess(deps.store.agentLinks, actor, filing.personId, () =>
    Promise.resolve(filing.insuredRegion),
  );
  const person = link ? link.person : await reviewedPerson(deps, filing.personId);
  return presentFiling({
    filing,
    history,
    policy: policyOf(filing.insuredRegion),
    today,
    ...(person ? { person } : {}),
  });
}

async function reviewedPerson(
  deps: GetFilingDeps,
  personId: string,
): Promise<PersonSummary | undefined> {
  const person = await deps.persons?.get(personId);
  return person ? personSummaryOf(person) : undefined;
}
