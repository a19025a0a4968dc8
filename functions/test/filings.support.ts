// Test support for the filing integration tests, on the functions-integration harness
// (support/testRuntime: a table of its own per file; support/http: API Gateway v2 events).
// People and materials are written straight to the store — fixtures, not the code under test.
import { randomUUID } from 'node:crypto';
import type { DocType, InsuranceType, Relationship, Role } from '@yidi/shared';
import { fixedClock } from '../src/clock';
import type { LambdaHandler } from '../src/http/route';
import { issueToken } from '../src/middleware/tokens';
import type { Caller } from '../src/middleware/types';
import type { Runtime } from '../src/runtime';
import { approveFiling, type FilingView } from '../src/services/filings';
import { filingEventName } from '../src/services/audit/filingEventName';
import {
  newMaterialId,
  personSummaryOf,
  type AgentLinkRecord,
  type PersonRecord,
} from '../src/store';
import { invoke } from './support/http';

export { testRuntime } from './support/testRuntime';
import { putObject, sampleFile, sha256Of } from './support/uploads';
import { materialVerifier } from '../src/services/materials/materialVerifier';

export interface TestUser extends Caller {
  token: string;
}

export async function testUser(
  runtime: Runtime,
  options: { roles?: Role[]; regions?: string[] } = {},
): Promise<TestUser> {
  const caller: Caller = {
    userId: `u-${randomUUID()}`,
    roles: options.roles ?? ['INSURED'],
    regions: options.regions ?? [],
  };
  const { token } = await issueToken(caller, {
    secret: runtime.config.jwtSecret,
    ttlSeconds: 3600,
  });
  return { ...caller, token };
}

export interface PersonOptions {
  insuredRegion: string;
  birthDate?: string;
  gender?: 'MALE' | 'FEMALE';
  insuranceType?: InsuranceType;
}

/** A person with `owner` as SELF (ACTIVE link). */
export async function testPerson(
  runtime: Runtime,
  owner: Caller,
  options: PersonOptions,
): Promise<PersonRecord> {
  const at = new Date().toISOString();
  const person: PersonRecord = {
    id: `p-${randomUUID()}`,
    name: '测试人',
    idNumberHash: randomUUID(),
    idNumberEncrypted: 'v1.test',
    idNumberMasked: '3403**********1234',
    gender: options.gender ?? 'MALE',
    birthDate: options.birthDate ?? '1960-05-05',
    phoneEncrypted: 'v1.test',
    phoneMasked: '138****0001',
    insuranceType: options.insuranceType ?? 'EMPLOYEE',
    insuredRegion: options.insuredRegion,
    createdBy: owner.userId,
    createdAt: at,
  };
  await runtime.store.persons.createWithLink(person, linkOf(owner, person, 'SELF', 'ACTIVE', at));
  return person;
}

/** Links another account to the person as an agent, ACTIVE (consented) or PENDING. */
export async function linkAgent(
  runtime: Runtime,
  agent: Caller,
  person: PersonRecord,
  authorization: 'ACTIVE' | 'PENDING',
): Promise<void> {
  const at = new Date().toISOString();
  await runtime.store.persons.addLink(linkOf(agent, person, 'CHILD', authorization, at));
}

function linkOf(
  user: Caller,
  person: PersonRecord,
  relationship: Relationship,
  authorization: 'ACTIVE' | 'PENDING',
  at: string,
): AgentLinkRecord {
  return {
    userId: user.userId,
    personId: person.id,
    relationship,
    authorization,
    ...(authorization === 'ACTIVE'
      ? {
          authorizedBy: relationship === 'SELF' ? ('SELF' as const) : ('CONSENT' as const),
          activatedAt: at,
        }
      : {}),
    requestedAt: at,
    // Every link the API creates is asked for by a verified account (functions README: trust).
    identityVerifiedAt: at,
    person: personSummaryOf(person),
  };
}

/**
 * An uploaded material of the person: a real JPEG in the test bucket and its record, verified as
 * the deployed upload event would verify it (services/materials/materialVerifier).
 */
export async function testMaterial(
  runtime: Runtime,
  user: Caller,
  personId: string,
  docType: DocType,
): Promise<string> {
  const id = newMaterialId(personId);
  const person = await runtime.store.persons.get(personId);
  const bytes = sampleFile('image/jpeg');
  const record = {
    id,
    personId,
    insuredRegion: person?.insuredRegion ?? '340100',
    docType,
    contentType: 'image/jpeg' as const,
    size: bytes.length,
    sha256: sha256Of(bytes),
    objectKey: `materials/${personId}/${id}`,
    createdBy: user.userId,
    createdAt: new Date().toISOString(),
  };
  await runtime.store.materials.create(record);
  await putObject(runtime, record.objectKey, bytes, 'image/jpeg');
  const verdict = await materialVerifier({
    storage: runtime.storage,
    materials: runtime.store.materials,
  }).verificationOf(record, new Date());
  if (verdict.status !== 'VERIFIED')
    throw new Error(`test material not verified: ${verdict.reason}`);
  return id;
}

export interface CallOptions {
  user?: TestUser;
  body?: unknown;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** X-Clock: "now" for this request. */
  clock?: string;
  /** Idempotency-Key of a POST; a fresh one unless given (null: send none). */
  idempotencyKey?: string | null;
}

export interface CallResult<T> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

type FilingResponse = FilingView & { error?: Record<string, unknown> };

/** Calls the route built for this runtime (`build` of a handler module) as API Gateway would. */
export function call<T = FilingResponse>(
  runtime: Runtime,
  build: (runtime: Runtime) => LambdaHandler,
  routeKey: string,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = {};
  if (options.clock) headers['x-clock'] = options.clock;
  if (routeKey.startsWith('POST ') && options.idempotencyKey !== null) {
    headers['idempotency-key'] = options.idempotencyKey ?? randomUUID();
  }
  return invoke<T>(build(runtime), {
    routeKey,
    ...(options.params ? { pathParameters: options.params } : {}),
    ...(options.query ? { query: options.query } : {}),
    ...(options.body === undefined ? {} : { body: options.body }),
    ...(options.user ? { token: options.user.token } : {}),
    headers,
  });
}

/** Approves a filing under review as a reviewer of its region would (decideReviewApproval). */
export async function approve(
  runtime: Runtime,
  filing: { id: string; version: number; insuredRegion: string },
  at: string,
): Promise<FilingView> {
  return approveFiling(
    { store: runtime.store, clock: fixedClock(at) },
    { userId: 'reviewer-test', roles: ['REVIEWER'], regions: [filing.insuredRegion] },
    { filingId: filing.id, expectedVersion: filing.version },
  );
}

/** "YYYY-MM-DD" 10:00 in China as an X-Clock instant. */
export const chinaMorning = (date: string): string => `${date}T10:00:00+08:00`;

/**
 * A filing's versions with their events as the API names them (the answers no longer carry them;
 * the audit route does): straight from the store's history items.
 */
export async function historyOf(runtime: Runtime, filingId: string) {
  return (await runtime.store.filings.historyOf(filingId)).map((entry) => ({
    ...entry,
    event: filingEventName(entry),
    recordedBy: entry.actorUserId,
    ...(entry.event === 'CHANGED' && entry.note ? { changeReason: entry.note } : {}),
  }));
}
