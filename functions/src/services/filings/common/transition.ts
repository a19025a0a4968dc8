// The one path of a filing's state change (filing a new one excepted): load the filing with the
// actor's right to it → ask the transitions table (shared/src/policy/transitions.ts) whether the
// event may happen in its status → the use case's own decision → one versioned write, with the
// status the table says the event leads to. No service checks or sets a status itself.
import {
  isReviewer,
  nextStatus,
  TRANSITIONS,
  transitionRefusal,
  type IsoDate,
  type TransitionEvent,
} from '@yidi/shared';
import { AppError, notFound } from '../../../errors';
import type { AlsoWrite, FilingEvent, FilingRecord } from '../../../store';
import { mayReviewRegion, requireNoConflict } from '../../review/reviewerAccess';
import type { Actor, FilingServiceDeps } from './deps';
import { filingStateOf } from './filingState';
import { loadFilingForActor, type LoadedFiling } from './load';
import { policyOf } from './policy';
import type { FilingView } from './present';
import { nowOf } from './today';
import { writeNextVersion } from './write';

/**
 * Who acts and how the filing is read:
 * - ACTING_PERSON: the person or an ACTIVE agent (their link; loadFilingForActor, intent 'act');
 * - REVIEWER: a reviewer of the filing's region (the filing alone);
 * - DECIDING_REVIEWER: a reviewer of the region with no link to the person and who did not file
 *   it (SOD-1: the filing and the reviewer's own link in one read);
 * - PERSON_OR_REVIEWER: a reviewer as REVIEWER, anyone else as ACTING_PERSON.
 */
export type LoadAs = 'ACTING_PERSON' | 'REVIEWER' | 'DECIDING_REVIEWER' | 'PERSON_OR_REVIEWER';

/** The loaded filing; a reviewer acts without an agent link. */
export type TransitionLoaded = Omit<LoadedFiling, 'link'> & { link?: LoadedFiling['link'] };

/** What the use case decided: the next record (its status comes from the table) and its audit. */
export interface Decided {
  next: Omit<FilingRecord, 'version' | 'updatedAt' | 'status'>;
  /** The history item's event. */
  recorded: FilingEvent;
  /** The row the outcome turned out to be, where the decision picks it (a discharge that ends). */
  event?: TransitionEvent;
  note?: string;
  /** Audit: the rules that decided; the row's rule when the decision names none. */
  rule?: string;
  detail?: Record<string, unknown>;
  /** The change's own message (outbox), in the same transaction. */
  alsoFor?: (view: FilingView) => readonly AlsoWrite[];
}

export interface TransitionRequest {
  filingId: string;
  /** A supplement may omit it (then no version check for the person); reviewers always send it. */
  expectedVersion?: number;
  event: TransitionEvent;
  loadAs: LoadAs;
  decide: (
    loaded: TransitionLoaded,
    now: { at: string; today: IsoDate },
  ) => Decided | Promise<Decided>;
}

export async function transition(
  deps: Pick<FilingServiceDeps, 'store' | 'clock' | 'recorder'>,
  actor: Actor,
  request: TransitionRequest,
): Promise<FilingView> {
  const now = nowOf(deps.clock);
  const loaded = await loadFor(deps, actor, request);
  const { filing, policy } = loaded;
  const refused = transitionRefusal(policy, filingStateOf(filing), request.event);
  if (refused) {
    throw refused.rule
      ? AppError.fromRefusal(refused)
      : new AppError(refused.code, { message: refused.message });
  }
  const decided = await request.decide(loaded, now);
  const event = decided.event ?? request.event;
  const status = nextStatus(filing.status, event);
  // The decision may only pick a row the status allows; anything else is a bug, not a refusal.
  if (status === null) throw new Error(`transition ${event} from ${filing.status} is not a row`);
  return writeNextVersion(deps, {
    loaded,
    next: { ...decided.next, status },
    actor,
    event: decided.recorded,
    at: now.at,
    today: now.today,
    rule: decided.rule ?? rowRule(loaded, event),
    ...(decided.note ? { note: decided.note } : {}),
    ...(decided.detail ? { detail: decided.detail } : {}),
    ...(decided.alsoFor ? { alsoFor: decided.alsoFor } : {}),
  });
}

function rowRule({ policy, filing }: TransitionLoaded, event: TransitionEvent): string {
  return TRANSITIONS[event].ruleOf(policy, filing).rule;
}

async function loadFor(
  deps: Pick<FilingServiceDeps, 'store'>,
  actor: Actor,
  request: TransitionRequest,
): Promise<TransitionLoaded> {
  const { filingId, expectedVersion } = request;
  const loadAs =
    request.loadAs === 'PERSON_OR_REVIEWER'
      ? isReviewer(actor.roles)
        ? 'REVIEWER'
        : 'ACTING_PERSON'
      : request.loadAs;
  if (loadAs === 'ACTING_PERSON') {
    return loadFilingForActor(deps, actor, filingId, { intent: 'act', expectedVersion });
  }
  if (loadAs === 'REVIEWER') {
    // One consistent GetItem: the filing.
    const filing = await deps.store.filings.head(filingId);
    if (!filing || !mayReviewRegion(actor, filing.insuredRegion)) throw notFound();
    if (filing.version !== expectedVersion) throw new AppError('VERSION_CONFLICT');
    return { filing, policy: policyOf(filing.insuredRegion) };
  }
  // One request: the filing and the reviewer's own link (SOD-1).
  const { filing, link } = await deps.store.filings.getForReader(filingId, actor.userId);
  if (!filing || !mayReviewRegion(actor, filing.insuredRegion)) throw notFound();
  requireNoConflict(actor, filing, link);
  if (filing.version !== expectedVersion) throw new AppError('VERSION_CONFLICT');
  return { filing, policy: policyOf(filing.insuredRegion) };
}
