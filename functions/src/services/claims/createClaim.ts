// POST /v1/claims: a claim for bills not settled directly (POLICY §10). The engine decides the
// case (HA-17), the deadline (AH-47) and what is missing (HA-18, all at once); an incomplete
// claim is refused unless it asks for the AH-47 extension before the deadline.
import {
  decideNewClaim,
  parseCompositeId,
  policyForRegion,
  type ClaimCase,
  type ClaimKind,
  type IsoDate,
} from '@yidi/shared';
import { AppError, notFound } from '../../errors';
import type { Caller } from '../../middleware/types';
import { requirePersonAccessOf } from '../access/personAccess';
import { calendarFor, verificationOf } from '../filings/common/deps';
import { docTypesOf, resolveMaterials } from '../filings/common/materials';
import { nowOf } from '../filings/common/today';
import type { ClaimServiceDeps } from './deps';
import { receivedContent } from './messageText';
import type { ClaimView } from './present';
import { claimNumberOf, newClaimId, writeClaim } from './write';

export interface CreateClaimInput {
  personId: string;
  filingId?: string;
  kind: ClaimKind;
  case?: ClaimCase;
  hospitalName: string;
  paidOn: IsoDate;
  amountFen: number;
  materialIds: string[];
  extensionRequest?: { reason: string };
}

export async function createClaim(
  deps: ClaimServiceDeps,
  caller: Caller,
  input: CreateClaimInput,
): Promise<ClaimView> {
  const { at, today } = nowOf(deps.clock);
  const [person, link] = await Promise.all([
    deps.store.persons.get(input.personId),
    deps.store.agentLinks.get(caller.userId, input.personId),
  ]);
  // A PENDING agent sees nothing of the person; acting needs an active, verified link.
  requirePersonAccessOf(link, 'view');
  const actingLink = requirePersonAccessOf(link, 'act');
  if (!person) throw notFound();
  const policy = policyForRegion(person.insuredRegion);
  if (!policy) {
    throw new AppError('NOT_ELIGIBLE', {
      message: '您的参保地暂未接入本服务，请到参保地医保经办机构办理零星报销。',
    });
  }

  if (input.filingId !== undefined) {
    const wrong = { fields: { filingId: '找不到这份备案，请重新选择' } };
    if (parseCompositeId(input.filingId)?.personId !== input.personId) {
      throw new AppError('VALIDATION_FAILED', wrong);
    }
    const { filing } = await deps.store.filings.getForReader(input.filingId, caller.userId);
    if (!filing || filing.personId !== input.personId)
      throw new AppError('VALIDATION_FAILED', wrong);
  }

  const found = await resolveMaterials(
    deps.store.materials,
    input.personId,
    [{ field: 'materialIds', ids: input.materialIds }],
    verificationOf(deps),
  );
  const docTypes = docTypesOf(found, input.materialIds);
  const calendar = await calendarFor(deps);
  const decision = decideNewClaim(
    policy,
    {
      kind: input.kind,
      ...(input.case ? { case: input.case } : {}),
      hasFiling: input.filingId !== undefined,
      paidOn: input.paidOn,
      provided: docTypes,
      ...(input.extensionRequest ? { extensionRequest: input.extensionRequest } : {}),
    },
    today,
    calendar,
  );
  if (!decision.ok) throw AppError.fromRefusal(decision.refusal);
  const outcome = decision.value;

  const id = newClaimId(input.personId, deps.newId);
  return writeClaim(deps, {
    history: [],
    next: {
      id,
      number: claimNumberOf(person.insuredRegion, at, id),
      personId: input.personId,
      ...(input.filingId ? { filingId: input.filingId } : {}),
      insuredRegion: person.insuredRegion,
      kind: input.kind,
      case: outcome.case,
      hospitalName: input.hospitalName,
      amountFen: input.amountFen,
      status: outcome.status,
      paidOn: input.paidOn,
      ...(outcome.deadline
        ? {
            deadline: outcome.deadline.date,
            ...(outcome.deadline.provisional ? { deadlineProvisional: true } : {}),
          }
        : {}),
      ...(outcome.extensionRequest ? { extensionRequest: outcome.extensionRequest } : {}),
      extensionsUsed: 0,
      materialIds: input.materialIds,
      docTypes,
      missing: outcome.missing,
      notices: [],
      ...(outcome.completeOn ? { completeOn: outcome.completeOn } : {}),
      ...(outcome.reviewDueBy ? { reviewDueBy: outcome.reviewDueBy.date } : {}),
      person: { name: person.name, idNumberMasked: person.idNumberMasked },
      createdBy: caller.userId,
      createdAt: at,
    },
    event: outcome.status === 'SUBMITTED' ? 'SUBMITTED' : 'EXTENSION_REQUESTED',
    actor: caller,
    link: actingLink,
    at,
    today,
    rule: outcome.rules.join(', '),
    message: receivedContent,
  });
}
