// One versioned write of a filing: the next version replaces the loaded one only if nobody
// changed it meanwhile, with its history item in the same transaction (store.filings.update).
import type { IsoDate } from '@yidi/shared';
import type {
  AgentLinkRecord,
  FilingEvent,
  FilingHistoryRecord,
  FilingRecord,
} from '../../../store';
import type { Actor, FilingServiceDeps } from './deps';
import type { LoadedFiling } from './load';
import { presentFiling, type FilingView } from './present';
import { storeConflictError } from './refusals';

export async function writeNextVersion(
  deps: Pick<FilingServiceDeps, 'store'>,
  input: {
    /** A reviewer has no agent link: then the response names no person. */
    loaded: Omit<LoadedFiling, 'link'> & { link?: AgentLinkRecord };
    next: Omit<FilingRecord, 'version' | 'updatedAt'>;
    actor: Actor;
    event: FilingEvent;
    at: string;
    today: IsoDate;
    note?: string;
  },
): Promise<FilingView> {
  const { loaded, actor, event, at, today, note } = input;
  const next: FilingRecord = { ...input.next, version: loaded.filing.version + 1, updatedAt: at };
  const change = { event, actorUserId: actor.userId, at, ...(note ? { note } : {}) };
  try {
    await deps.store.filings.update(loaded.filing, next, change);
  } catch (error) {
    throw storeConflictError(error);
  }
  const recorded: FilingHistoryRecord = {
    filingId: next.id,
    version: next.version,
    event,
    actorUserId: actor.userId,
    recordedAt: at,
    snapshot: next,
    ...(note ? { note } : {}),
  };
  return presentFiling({
    filing: next,
    history: [...loaded.history, recorded],
    policy: loaded.policy,
    today,
    ...(loaded.link ? { person: loaded.link.person } : {}),
  });
}
