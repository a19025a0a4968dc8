// The person's own account (an ACTIVE SELF link) sees who asked to act for them, confirms a
// request, and withdraws an authorization. Every decision is on a consistent read of the
// caller's own link.
import { chinaDateOf } from '@yidi/shared';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import {
  alsoWritesOf,
  StoreConflictError,
  type AccessEventRecord,
  type AgentLinkRecord,
  type AgentLinkRepository,
  type MessageRepository,
  type ResultRecorder,
} from '../../store';
import { requirePersonAccess, requirePersonAccessOf } from '../access/personAccess';
import { readWithCallerLink } from '../access/readAccess';
import { revocationContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';

export function agentView(link: AgentLinkRecord) {
  return {
    userId: link.userId,
    relationship: link.relationship,
    authorization: link.authorization,
    requestedAt: link.requestedAt,
    ...(link.activatedAt ? { activatedAt: link.activatedAt } : {}),
    ...(link.authorizedBy ? { authorizedBy: link.authorizedBy } : {}),
    // What the agent typed when asking: the person can tell a relative from a stranger.
    ...(link.authorization === 'PENDING' ? { requestedName: link.person.name } : {}),
  };
}

async function requireSelf(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  personId: string,
): Promise<AgentLinkRecord> {
  const own = await requirePersonAccess(agentLinks, caller, personId, 'view');
  requireSelfLink(own);
  return own;
}

function requireSelfLink(link: AgentLinkRecord): void {
  if (!isOwnActiveSelf(link)) {
    throw new AppError('FORBIDDEN', { message: '只有参保人本人才能查看和确认代办授权。' });
  }
}

const isOwnActiveSelf = (link: AgentLinkRecord) =>
  link.relationship === 'SELF' && link.authorization === 'ACTIVE';

const NO_REQUEST = '没有找到这条代办申请。';

/**
 * GET /v1/persons/{id}/agents: everyone else linked to the person — one Query on GSI1, with the
 * caller's own link read consistently at the same time (it decides, not the index).
 */
export async function listAgents(
  agentLinks: Pick<AgentLinkRepository, 'get' | 'listForPerson'>,
  caller: Caller,
  personId: string,
) {
  const { data: links, link } = await readWithCallerLink(agentLinks, caller, personId, () =>
    agentLinks.listForPerson(personId),
  );
  requireSelfLink(requirePersonAccessOf(link, 'view'));
  return links.filter((other) => other.userId !== caller.userId).map(agentView);
}

/**
 * POST /v1/persons/{id}/consent {agentUserId}: PENDING → ACTIVE, one conditional write. The link
 * then shows the person as on file (the SELF link's summary), no longer what the agent typed.
 */
export async function giveConsent(
  agentLinks: Pick<AgentLinkRepository, 'get' | 'activate'>,
  caller: Caller,
  input: { personId: string; agentUserId: string; now: Date; recorder?: ResultRecorder },
) {
  const { personId, agentUserId, now, recorder } = input;
  const own = await requireSelf(agentLinks, caller, personId);
  const request = await agentLinks.get(agentUserId, personId);
  if (!request) throw new AppError('NOT_FOUND', { message: NO_REQUEST });
  // Already active: consent is idempotent.
  if (request.authorization !== 'PENDING') return agentView(request);
  const at = now.toISOString();
  const view = agentView({
    ...request,
    authorization: 'ACTIVE',
    authorizedBy: 'CONSENT',
    activatedAt: at,
  });
  try {
    await agentLinks.activate(
      agentUserId,
      personId,
      { by: 'CONSENT', at, person: own.person },
      alsoWritesOf(view, recorder),
    );
    return view;
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    // Activated meanwhile (a second tap): the link as it now is.
    const link = await agentLinks.get(agentUserId, personId);
    if (!link) throw new AppError('NOT_FOUND', { message: NO_REQUEST });
    return agentView(link);
  }
}

/**
 * One agent's authorization as the person's consent screen shows it (an Idempotency-Key's replay
 * of the consent): the caller's own SELF link decides, as on that screen.
 */
export async function agentOfPerson(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  input: { personId: string; agentUserId: string },
) {
  await requireSelf(agentLinks, caller, input.personId);
  const link = await agentLinks.get(input.agentUserId, input.personId);
  if (!link) throw new AppError('NOT_FOUND', { message: NO_REQUEST });
  return agentView(link);
}

export interface RevokeAgentDeps {
  agentLinks: Pick<AgentLinkRepository, 'get' | 'revoke'>;
  messages: Pick<MessageRepository, 'outboxWrite'>;
  recorder?: ResultRecorder;
}

/**
 * POST /v1/persons/{id}/agents/{userId}/revocation: the person withdraws an agent (PENDING or
 * ACTIVE). One transaction deletes the link, writes the audit item and puts a notice to the agent
 * in the outbox (and in the agent's own account, GET /v1/me). The agent's next request finds no
 * link on its consistent read: 404 for the person's data, as for a stranger.
 */
export async function revokeAgent(
  deps: RevokeAgentDeps,
  caller: Caller,
  input: { personId: string; agentUserId: string; now: Date },
) {
  const { personId, agentUserId, now } = input;
  await requireSelf(deps.agentLinks, caller, personId);
  if (agentUserId === caller.userId) {
    throw new AppError('FORBIDDEN', { message: '不能撤销您本人的登记。' });
  }
  const link = await deps.agentLinks.get(agentUserId, personId);
  if (!link) throw new AppError('NOT_FOUND', { message: '没有找到这位代办人的授权。' });
  const at = now.toISOString();
  const result = {
    userId: link.userId,
    relationship: link.relationship,
    authorization: 'REVOKED' as const,
    revokedAt: at,
  };
  const notice = newMessage({
    personId,
    // About the account's access, not one filing or claim: a tap opens the home page.
    subject: undefined,
    // The name as the agent's own link has it: a PENDING agent learns nothing new.
    content: revocationContent(link.person.name, chinaDateOf(now)),
    at,
  });
  try {
    await deps.agentLinks.revoke(
      link,
      { byUserId: caller.userId, at },
      alsoWritesOf(result, deps.recorder, [
        deps.messages.outboxWrite({ ...notice, recipientUserId: link.userId }),
      ]),
    );
  } catch (error) {
    if (error instanceof StoreConflictError && error.reason === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', { message: '没有找到这位代办人的授权。' });
    }
    throw error;
  }
  return result;
}

/** The answer of a revocation, from its audit item (the link itself is gone). */
function revocationView(event: AccessEventRecord) {
  return {
    userId: event.userId,
    relationship: event.relationship,
    authorization: 'REVOKED' as const,
    revokedAt: event.at,
  };
}

/**
 * A withdrawal as it was recorded (an Idempotency-Key's replay of the revocation): one consistent
 * BatchGetItem of its audit item and the caller's link; only the person's own account sees it.
 */
export async function revocationOf(
  agentLinks: Pick<AgentLinkRepository, 'getAccessEvent'>,
  caller: Caller,
  input: { personId: string; at: string; agentUserId: string },
) {
  const { event, link } = await agentLinks.getAccessEvent(input, caller.userId);
  requireSelfLink(requirePersonAccessOf(link, 'view'));
  if (!event || event.event !== 'REVOKED') throw new AppError('NOT_FOUND');
  return revocationView(event);
}
