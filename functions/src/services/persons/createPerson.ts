// POST /v1/persons. The same ID number is one person for everyone (found again by its HMAC):
// a second account adding it gets a link to that person, not a copy. SELF is active at once;
// anyone else waits for the person's own account to consent (or a reviewer to accept a letter).
import { maskIdNumber, maskPhone, parseIdNumber, type CreatePersonBody } from '@yidi/shared';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { IdNumberProtection } from '../../security/idNumberProtection';
import {
  alsoWritesOf,
  personSummaryOf,
  StoreConflictError,
  type AgentLinkRecord,
  type AgentLinkRepository,
  type MaterialRepository,
  type PersonRecord,
  type PersonRepository,
  type ResultRecorder,
} from '../../store';
import { personView, type PersonView } from './personView';

export interface CreatePersonDeps {
  persons: PersonRepository;
  agentLinks: Pick<AgentLinkRepository, 'get'>;
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

const NAME_MISMATCH = '姓名与身份证号码登记的不一致，请核对后重新填写';
const SELF_TAKEN =
  '本人信息只能登记一次：您的账号已登记过本人，或这位参保人已由本人账号登记。为家人登记请选择与参保人的关系';

export async function createPerson(
  deps: CreatePersonDeps,
  caller: Caller,
  body: CreatePersonBody,
  now: Date,
): Promise<CreatePersonResult> {
  const idNumberHash = deps.protection.hash(body.idNumber);
  const at = now.toISOString();
  const existingId = await deps.persons.findIdByIdNumberHash(idNumberHash);

  if (!existingId) {
    const person = newPersonRecord(deps, caller, body, idNumberHash, at);
    const link = await linkFor(deps, caller, body, personSummaryOf(person), at);
    const result: CreatePersonResult = { created: true, person: personView(link) };
    try {
      await deps.persons.createWithLink(person, link, alsoWritesOf(result, deps.recorder));
      return result;
    } catch (error) {
      if (!(error instanceof StoreConflictError) || error.reason !== 'ALREADY_EXISTS') {
        throw mapConflict(error);
      }
      // Someone registered the same number a moment ago: join that person instead.
    }
  }

  const personId = existingId ?? (await deps.persons.findIdByIdNumberHash(idNumberHash));
  const person = personId ? await deps.persons.get(personId) : undefined;
  if (!person) throw new Error('ID number index points to a missing person');
  if (person.name !== body.name) {
    throw new AppError('VALIDATION_FAILED', { fields: { name: NAME_MISMATCH } });
  }
  const existingLink = await deps.agentLinks.get(caller.userId, person.id);
  if (existingLink) return { created: false, person: personView(existingLink) };

  const link = await linkFor(deps, caller, body, personSummaryOf(person), at);
  const result: CreatePersonResult = { created: true, person: personView(link) };
  try {
    await deps.persons.addLink(link, alsoWritesOf(result, deps.recorder));
  } catch (error) {
    throw mapConflict(error);
  }
  return result;
}

function newPersonRecord(
  deps: CreatePersonDeps,
  caller: Caller,
  body: CreatePersonBody,
  idNumberHash: string,
  at: string,
): PersonRecord {
  const parsed = parseIdNumber(body.idNumber);
  if (!parsed.ok) throw new AppError('VALIDATION_FAILED', { fields: { idNumber: parsed.message } });
  return {
    id: deps.newId(),
    name: body.name,
    idNumberHash,
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

async function linkFor(
  deps: CreatePersonDeps,
  caller: Caller,
  body: CreatePersonBody,
  person: AgentLinkRecord['person'],
  at: string,
): Promise<AgentLinkRecord> {
  const self = body.relationship === 'SELF';
  if (body.authorizationMaterialId) {
    const letter = await deps.materials.get(body.authorizationMaterialId);
    if (!letter || letter.personId !== person.id || letter.docType !== 'AUTHORIZATION_LETTER') {
      throw new AppError('VALIDATION_FAILED', {
        fields: { authorizationMaterialId: '没有找到这位参保人的委托书，请重新上传' },
      });
    }
  }
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
    person,
  };
}

function mapConflict(error: unknown): unknown {
  if (error instanceof StoreConflictError && error.reason === 'SELF_ALREADY_CLAIMED') {
    return new AppError('VALIDATION_FAILED', { fields: { relationship: SELF_TAKEN } });
  }
  return error;
}
