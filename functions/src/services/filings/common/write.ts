// One versioned write of a filing: the next version replaces the loaded one only if nobody
// changed it meanwhile, with its history item in the same transaction (store.filings.update).
import { isReviewer, type IsoDate } from '@yidi/shared';
import {
  alsoWritesOf,
  type AlsoWrite,
  type ActorKind,
  type AgentLinkRecord,
  type FilingChange,
  type FilingEvent,
  type FilingRecord,
} from '../../../store';
import type { Actor, FilingServiceDeps } from './deps';
import type { LoadedFiling } from './load';
import { presentFiling, type FilingView } from './present';
import { storeConflictError } from './refusals';

export async function writeNextVersion(
  deps: Pick<FilingServiceDeps, 'store' | 'recorder'>,
  input: {
    /** A reviewer has no agent link: then the response names no person. */
    loaded: Omit<LoadedFiling, 'link'> & { link?: AgentLinkRecord };
    next: Omit<FilingRecord, 'version' | 'updatedAt'>;
    actor: Actor;
    event: FilingEvent;
    at: string;
    today: IsoDate;
    note?: string;
    /** Audit: the rule that decided this change, and details worth keeping. */
    rule?: string;
    detail?: Record<string, unknown>;
    /** More writes of the same change (an outbox message about it), in the same transaction. */
    alsoFor?: (view: FilingView) => readonly AlsoWrite[];
  },
): Promise<FilingView> {
  const { loaded, actor, event, at, today, note, rule, detail } = input;
  const next: FilingRecord = { ...input.next, version: loaded.filing.version + 1, updatedAt: at };
  const change: FilingChange = {
    event,
    actorUserId: actor.userId,
    at,
    actorKind: actorKindOf(actor, loaded.link),
    ...(note ? { note } : {}),
    ...(rule ? { rule } : {}),
    ...(detail ? { detail } : {}),
  };
  const view = presentFiling({
    filing: next,
    policy: loaded.policy,
    today,
    ...(loaded.link ? { person: loaded.link.person, contact: 'full' as const } : {}),
  });
  // A keyed request's record goes on this version's history item (no item of its own).
  const request = deps.recorder?.requestFor?.(view);
  try {
    await deps.store.filings.update(
      loaded.filing,
      next,
      request ? { ...change, request } : change,
      alsoWritesOf(view, deps.recorder, input.alsoFor?.(view)),
    );
  } catch (error) {
    throw storeConflictError(error);
  }
  return view;
}

/** For the audit: acting through a link is the person themself or an agent; else a reviewer. */
export function actorKindOf(actor: Actor, link: AgentLinkRecord | undefined): ActorKind {
  if (link) return link.relationship === 'SELF' ? 'SELF' : 'AGENT';
  return isReviewer(actor.roles) ? 'REVIEWER' : 'SYSTEM';
}
