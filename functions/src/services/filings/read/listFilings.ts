// A person's filings, newest first: one Query per person (GSI1). List items carry `actions`
// but not the version history, which is one more Query per filing — GET /v1/filings/{id} has it.
import type { FilingRecord } from '../../../store';
import { requireLink } from '../common/access';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { policyOf } from '../common/policy';
import { presentFiling, type FilingView } from '../common/present';
import { nowOf } from '../common/today';
import type { ListFilingsInput } from './input';

export async function listFilings(
  deps: FilingServiceDeps,
  actor: Actor,
  input: ListFilingsInput,
): Promise<FilingView[]> {
  const { today } = nowOf(deps.clock);
  const links = input.personId
    ? [await requireLink(deps.store.agentLinks, actor, input.personId, 'view')]
    : await deps.store.agentLinks.listForUser(actor.userId);
  const perPerson = await Promise.all(
    links.map(async (link) => ({
      link,
      filings: await deps.store.filings.listForPerson(link.personId),
    })),
  );
  return perPerson
    .flatMap(({ link, filings }) =>
      filings
        .filter((filing) => !input.status || filing.status === input.status)
        .map((filing) => ({ link, filing })),
    )
    .sort((a, b) => newestFirst(a.filing, b.filing))
    .map(({ link, filing }) =>
      presentFiling({
        filing,
        history: [],
        policy: policyOf(filing.insuredRegion),
        today,
        person: link.person,
      }),
    );
}

function newestFirst(a: FilingRecord, b: FilingRecord): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}
