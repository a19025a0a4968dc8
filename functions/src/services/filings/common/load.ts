// Loads a filing the actor may see or act on: unknown or foreign ids are 404 alike; acting as
// an unconfirmed agent is 403 AGENT_NOT_AUTHORIZED; a stale expectedVersion is 409 VERSION_CONFLICT.
import type { RegionPolicy } from '@yidi/shared';
import { AppError, notFound } from '../../../errors';
import type { AgentLinkRecord, FilingHistoryRecord, FilingRecord } from '../../../store';
import { requireLink, type PersonIntent } from './access';
import type { Actor, FilingServiceDeps } from './deps';
import { policyOf } from './policy';

export interface LoadedFiling {
  filing: FilingRecord;
  history: FilingHistoryRecord[];
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
  const found = await deps.store.filings.get(filingId);
  if (!found) throw notFound();
  const link = await requireLink(deps.store.agentLinks, actor, found.filing.personId, intent);
  if (expectedVersion !== undefined && expectedVersion !== found.filing.version) {
    throw new AppError('VERSION_CONFLICT');
  }
  return { ...found, link, policy: policyOf(found.filing.insuredRegion) };
}
