// The person's own account (an ACTIVE SELF link) sees who asked to act for them and confirms.
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import {
  alsoWritesOf,
  StoreConflictError,
  type AgentLinkRecord,
  type AgentLinkRepository,
  type ResultRecorder,
} from '../../store';
import { requirePersonAccess, requirePersonAccessOf } from '../access/personAccess';
import { linkAmongIndexed } from '../access/readAccess';

export function agentView(link: AgentLinkRecord) {
  return {
    userId: link.userId,
    relationship: link.relationship,
    authorization: link.authorization,
    requestedAt: link.requestedAt,
    ...(link.activatedAt ? { activatedAt: link.activatedAt } : {}),
    ...(link.authorizedBy ? { authorizedBy: link.authorizedBy } : {}),
  };
}

async function requireSelf(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  personId: string,
) {
  requireSelfLink(await requirePersonAccess(agentLinks, caller, personId, 'view'));
}

function requireSelfLink(link: AgentLinkRecord): void {
  if (!isOwnActiveSelf(link)) {
    throw new AppError('FORBIDDEN', { message: '只有参保人本人才能查看和确认代办授权。' });
  }
}

const isOwnActiveSelf = (link: AgentLinkRecord) =>
  link.relationship === 'SELF' && link.authorization === 'ACTIVE';

/**
 * GET /v1/persons/{id}/agents: everyone else linked to the person — one Query on GSI1, which
 * holds the caller's own link too (confirmed by one consistent GetItem if the index lags).
 */
export async function listAgents(
  agentLinks: Pick<AgentLinkRepository, 'get' | 'listForPerson'>,
  caller: Caller,
  personId: string,
) {
  const links = await agentLinks.listForPerson(personId);
  const own = await linkAmongIndexed(agentLinks, caller, personId, links, isOwnActiveSelf);
  requireSelfLink(requirePersonAccessOf(own, 'view'));
  return links.filter((link) => link.userId !== caller.userId).map(agentView);
}

/** POST /v1/persons/{id}/consent {agentUserId}: PENDING → ACTIVE, one conditional write. */
export async function giveConsent(
  agentLinks: Pick<AgentLinkRepository, 'get' | 'activate'>,
  caller: Caller,
  input: { personId: string; agentUserId: string; now: Date; recorder?: ResultRecorder },
) {
  const { personId, agentUserId, now, recorder } = input;
  await requireSelf(agentLinks, caller, personId);
  const request = await agentLinks.get(agentUserId, personId);
  if (!request) throw new AppError('NOT_FOUND', { message: '没有找到这条代办申请。' });
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
      { by: 'CONSENT', at },
      alsoWritesOf(view, recorder),
    );
    return view;
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    // Activated meanwhile (a second tap): the link as it now is.
    const link = await agentLinks.get(agentUserId, personId);
    if (!link) throw new AppError('NOT_FOUND', { message: '没有找到这条代办申请。' });
    return agentView(link);
  }
}
