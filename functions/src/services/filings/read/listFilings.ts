// A person's filings, newest first. With a personId: one Query on GSI1 that returns the filings
// and the person's links together (the caller's link decides, services/access/readAccess
// linkAmongIndexed: a link the index does not show yet costs one consistent GetItem). Without
// one: the caller's links (one Query) and then one Query per person (1 + N). List items carry
// `actions` but not the version history — GET /v1/filings/{id} has it.
import type { AgentLinkRecord, FilingRecord } from '../../../store';
import { requirePersonAccessOf } from '../../access/personAccess';
import { linkAmongIndexed } from '../../access/readAccess';
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
  const perPerson = input.personId
    ? [await ofOnePerson(deps, actor, input.personId)]
    : await Promise.all(
        (await deps.store.agentLinks.listForUser(actor.userId)).map(async (link) => ({
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

async function ofOnePerson(
  deps: FilingServiceDeps,
  actor: Actor,
  personId: string,
): Promise<{ link: AgentLinkRecord; filings: FilingRecord[] }> {
  const { filings, links } = await deps.store.filings.listWithLinks(personId);
  const link = requirePersonAccessOf(
    await linkAmongIndexed(deps.store.agentLinks, actor, personId, links),
    'view',
  );
  return { link, filings };
}

function newestFirst(a: FilingRecord, b: FilingRecord): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}
