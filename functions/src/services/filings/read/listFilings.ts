// A person's filings, newest first. With a personId: one consistent Query of the person's
// partition for the filings and, at the same time, one consistent GetItem of the caller's link,
// which decides (services/access/readAccess). Without one: the caller's ACTIVE links (one
// consistent Query) and then one Query per person (1 + N). A PENDING request shows nothing.
// List items carry `actions`, not the version history (the history screen reads it).
import type { AgentLinkRecord, FilingRecord } from '../../../store';
import { requirePersonAccessOf } from '../../access/personAccess';
import { grantsView } from '../../access/personAccess';
import { readWithCallerLink } from '../../access/readAccess';
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
        (await deps.store.agentLinks.listForUser(actor.userId))
          .filter(grantsView)
          .map(async (link) => ({
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
        policy: policyOf(filing.insuredRegion),
        today,
        person: link.person,
        contact: 'full',
      }),
    );
}

async function ofOnePerson(
  deps: FilingServiceDeps,
  actor: Actor,
  personId: string,
): Promise<{ link: AgentLinkRecord; filings: FilingRecord[] }> {
  const { data, link } = await readWithCallerLink(deps.store.agentLinks, actor, personId, () =>
    deps.store.filings.listForPerson(personId),
  );
  return { link: requirePersonAccessOf(link, 'view'), filings: data };
}

function newestFirst(a: FilingRecord, b: FilingRecord): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}
