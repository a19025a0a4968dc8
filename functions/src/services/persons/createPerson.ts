// POST /v1/persons. The same ID number is one person for everyone (found again by its HMAC).
//
// Every add needs the caller's separate consent to processing the person's sensitive data
// (PIPL 第二十九条; a guardian's for a child under 14, 第三十一条: shared/policy/consent) and
// the caller's own verified identity (实名认证).
//
// SELF: the verified identity must be this name and ID number (else IDENTITY_MISMATCH). Then it
// is active at once — even when others registered the number first: the verified person takes
// the SELF guard (from an earlier, unproved SELF account, whose link goes) and their own profile.
// Links other accounts asked for earlier are left as they were: a PENDING request still waits
// for this person's consent on the agents page, an ACTIVE one (a consent or letter given before)
// stays until the person withdraws it there.
//
// Anyone else: a PENDING request, answered the same (201, the same fields) whether or not the ID
// number is registered and whatever name is given, built only from what the caller sent — nothing
// of a stored person leaks before the person consents. At most 20 adds per account a day.
import {
  chinaDateOf,
  consentRefusal,
  consentRequirement,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
  type CreatePersonBody,
} from '@yidi/shared';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { IdNumberProtection } from '../../security/idNumberProtection';
import {
  alsoWritesOf,
  personSummaryOf,
  StoreConflictError,
  type AgentLinkRecord,
  type AgentLinkRepository,
  type AlsoWrite,
  type IdentityRecord,
  type IdentityRepository,
  type MaterialRepository,
  type PersonRecord,
  type PersonRepository,
  type PersonSummary,
  type ResultRecorder,
} from '../../store';
import { dailyLimitOf, limitReached } from '../limits/dailyLimits';
import { personView, type PersonView } from './personView';

export interface CreatePersonDeps {
  persons: PersonRepository;
  agentLinks: Pick<AgentLinkRepository, 'get'>;
  identities: Pick<IdentityRepository, 'get' | 'countWrite'>;
  materials: Pick<MaterialRepository, 'get'>;
  protection: IdNumberProtection;
  newId: () => string;
  /** Under an Idempotency-Key: the record of the response, written in the same transaction. */
  recorder?: ResultRecorder;
}

export interface CreatePersonResult {
  /** False when the caller was already linked (nothing written). */
  created: boolean;
  person: PersonView;
}

const SELF_TAKEN = '您的账号已登记过本人。为家人登记请选择与参保人的关系';
const NOT_YOURSELF = '这是您本人的身份证号码，请选择“本人”';

type Parsed = Extract<ReturnType<typeof parseIdNumber>, { ok: true }>;

interface Request {
  deps: CreatePersonDeps;
  caller: Caller;
  body: CreatePersonBody;
  parsed: Parsed;
  identity: IdentityRecord;
  idNumberHash: string;
  now: Date;
  at: string;
}

export async function createPerson(
  deps: CreatePersonDeps,
  caller: Caller,
  body: CreatePersonBody,
  now: Date,
): Promise<CreatePersonResult> {
  const parsed = parseIdNumber(body.idNumber, chinaDateOf(now));
  if (!parsed.ok) throw new AppError('VALIDATION_FAILED', { fields: { idNumber: parsed.message } });
  const self = body.relationship === 'SELF';
  const refusal = consentRefusal(
    consentRequirement(parsed.birthDate, chinaDateOf(now)),
    body.consent,
    self,
  );
  if (refusal) throw new AppError('CONSENT_REQUIRED', refusal);

  const identity = await deps.identities.get(caller.userId);
  if (!identity) throw new AppError('IDENTITY_NOT_VERIFIED');
  const idNumberHash = deps.protection.hash(parsed.idNumber);
  const isCaller = identity.idNumberHash === idNumberHash;
  if (self && (!isCaller || identity.name !== body.name)) throw new AppError('IDENTITY_MISMATCH');
  if (!self && isCaller) {
    throw new AppError('VALIDATION_FAILED', { fields: { relationship: NOT_YOURSELF } });
  }
  const request: Request = {
    deps,
    caller,
    body,
    parsed,
    identity,
    idNumberHash,
    now,
    at: now.toISOString(),
  };
  return self ? addSelf(request) : requestToAct(request);
}

async function addSelf(request: Request): Promise<CreatePersonResult> {
  const { deps, caller } = request;
  let personId = await deps.persons.findIdByIdNumberHash(request.idNumberHash);
  if (!personId) {
    const person = personRecordOf(request, deps.newId());
    const link = linkOf(request, personSummaryOf(person));
    const result: CreatePersonResult = { created: true, person: personView(link) };
    try {
      await deps.persons.createWithLink(person, link, writesFor(request, result));
      return result;
    } catch (error) {
      if (!(error instanceof StoreConflictError) || error.reason !== 'ALREADY_EXISTS') {
        throw mapConflict(error);
      }
      // Someone registered the same number a moment ago: take it over below.
      personId = await deps.persons.findIdByIdNumberHash(request.idNumberHash);
    }
  }
  const [stored, ownLink, previousOwnerId] = await Promise.all([
    personId ? deps.persons.get(personId) : undefined,
    personId ? deps.agentLinks.get(caller.userId, personId) : undefined,
    personId ? deps.persons.selfOwnerOf(personId) : undefined,
  ]);
  if (!stored) throw new Error('ID number index points to a missing person');
  if (ownLink?.relationship === 'SELF') return { created: false, person: personView(ownLink) };

  // The verified person's own statement replaces whatever an agent typed when registering them.
  const person: PersonRecord = {
    ...personRecordOf(request, stored.id),
    idNumberEncrypted: stored.idNumberEncrypted,
    createdBy: stored.createdBy,
    createdAt: stored.createdAt,
  };
  const link = linkOf(request, personSummaryOf(person));
  const result: CreatePersonResult = { created: true, person: personView(link) };
  try {
    await deps.persons.claimSelf(
      { person, link, ...(previousOwnerId ? { previousOwnerId } : {}) },
      writesFor(request, result),
    );
  } catch (error) {
    throw mapConflict(error);
  }
  return result;
}

async function requestToAct(request: Request, retried = false): Promise<CreatePersonResult> {
  const { deps, caller } = request;
  const existingId = await deps.persons.findIdByIdNumberHash(request.idNumberHash);
  if (existingId) {
    // Their own earlier request (or authorization): nothing new is learnt from it.
    const existingLink = await deps.agentLinks.get(caller.userId, existingId);
    if (existingLink) return { created: false, person: personView(existingLink) };
  }
  const personId = existingId ?? deps.newId();
  // The link shows only what the caller sent, whether or not the number was on file.
  const link = linkOf(request, summaryAsSent(request, personId));
  await requireOwnLetter(deps, request.body, personId);
  const result: CreatePersonResult = { created: true, person: personView(link) };
  try {
    if (existingId) await deps.persons.addLink(link, writesFor(request, result));
    else {
      await deps.persons.createWithLink(
        personRecordOf(request, personId),
        link,
        writesFor(request, result),
      );
    }
  } catch (error) {
    if (!(error instanceof StoreConflictError) || error.reason !== 'ALREADY_EXISTS' || retried) {
      throw error;
    }
    // A twin request or the same number registered a moment ago: judged afresh, once.
    return requestToAct(request, true);
  }
  return result;
}

/** The day's counter of persons added and the response's record, in the add's transaction. */
function writesFor(request: Request, result: CreatePersonResult): AlsoWrite[] {
  const { deps, caller, now } = request;
  return alsoWritesOf(result, deps.recorder, [
    deps.identities.countWrite(dailyLimitOf(caller.userId, 'PERSON_ADDED', now), () =>
      limitReached('PERSON_ADDED', now),
    ),
  ]);
}

function personRecordOf(request: Request, id: string): PersonRecord {
  const { deps, body, parsed, caller, at } = request;
  return {
    id,
    name: body.name,
    idNumberHash: request.idNumberHash,
    idNumberEncrypted: deps.protection.encrypt(parsed.idNumber),
    idNumberMasked: maskIdNumber(parsed.idNumber),
    gender: parsed.gender,
    birthDate: parsed.birthDate,
    phoneEncrypted: deps.protection.encrypt(body.phone),
    phoneMasked: maskPhone(body.phone),
    insuranceType: body.insuranceType,
    insuredRegion: body.insuredRegion,
    createdBy: caller.userId,
    createdAt: at,
  };
}

function summaryAsSent(request: Request, personId: string): PersonSummary {
  const { body, parsed } = request;
  return {
    id: personId,
    name: body.name,
    idNumberMasked: maskIdNumber(parsed.idNumber),
    gender: parsed.gender,
    birthDate: parsed.birthDate,
    insuranceType: body.insuranceType,
    insuredRegion: body.insuredRegion,
    phoneMasked: maskPhone(body.phone),
  };
}

function linkOf(request: Request, person: PersonSummary): AgentLinkRecord {
  const { caller, body, identity, at } = request;
  const self = body.relationship === 'SELF';
  return {
    userId: caller.userId,
    personId: person.id,
    relationship: body.relationship,
    authorization: self ? 'ACTIVE' : 'PENDING',
    ...(self ? { authorizedBy: 'SELF' as const, activatedAt: at } : {}),
    ...(body.authorizationMaterialId
      ? { authorizationMaterialId: body.authorizationMaterialId }
      : {}),
    requestedAt: at,
    identityVerifiedAt: identity.verifiedAt,
    ...(body.consent
      ? {
          consent: {
            policyVersion: body.consent.policyVersion,
            sensitive: true as const,
            ...(body.consent.guardian ? { guardian: true } : {}),
            at,
          },
        }
      : {}),
    person,
  };
}

/** An authorization letter must be the caller's own upload for this very person. */
async function requireOwnLetter(
  deps: CreatePersonDeps,
  body: CreatePersonBody,
  personId: string,
): Promise<void> {
  if (!body.authorizationMaterialId) return;
  const letter = await deps.materials.get(body.authorizationMaterialId);
  if (!letter || letter.personId !== personId || letter.docType !== 'AUTHORIZATION_LETTER') {
    throw new AppError('VALIDATION_FAILED', {
      fields: { authorizationMaterialId: '没有找到这位参保人的委托书，请重新上传' },
    });
  }
}

function mapConflict(error: unknown): unknown {
  if (error instanceof StoreConflictError && error.reason === 'SELF_ALREADY_CLAIMED') {
    return new AppError('VALIDATION_FAILED', { fields: { relationship: SELF_TAKEN } });
  }
  return error;
}
