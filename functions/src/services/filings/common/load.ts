// Loads a filing the actor may see or act on: unknown or foreign ids are 404 alike; acting as
// an unconfirmed agent is 403 AGENT_NOT_AUTHORIZED; a stale expectedVersion is 409 VERSION_CONFLICT.
// One request reads the filing and the actor's link to the person its id names (a consistent
// BatchGetItem).
import type { RegionPolicy } from '@yidi/shared';
import { AppError, notFound } from '../../../errors';
import type { AgentLinkRecord, FilingRecord } from '../../../store';
import { requirePersonAccessOf, type PersonIntent } from '../../access/personAccess';
import type { Actor, FilingServiceDeps } from './deps';
import { policyOf } from './policy';

export interface LoadedFiling {
  /** As stored. */
  filing: FilingRecord;
  link: AgentLinkRecord;
  policy: RegionPolicy;
}

export async function loadFilingForActor(
  deps: Pick<FilingServiceDeps, 'store'>,
  actor: Actor,
  filingId: string,
  options: { intent: PersonIntent; expectedVersion?: number },
): Promise<LoadedFiling> {
  const { intent, expectedVersion } = options;
  const { filing, link } = await deps.store.filings.getForReader(filingId, actor.userId);
  if (!filing) throw notFound();
  // A filing a PENDING agent may not see is 404 to them, whatever they meant to do with it.
  requirePersonAccessOf(link, 'view');
  const allowed = requirePersonAccessOf(link, intent);
  if (expectedVersion !== undefined && expectedVersion !== filing.version) {
    throw new AppError('VERSION_CONFLICT');
  }
  return { filing, link: allowed, policy: policyOf(filing.insuredRegion) };
}
