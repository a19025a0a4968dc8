// Test set-up through the real HTTP API (the same calls the app makes), so each test starts from
// its own users and filings instead of sharing the demo ones. X-Clock is used only here, where
// the app has no way to travel in time.
import { createHash, randomUUID } from 'node:crypto';
import { PRIVACY_POLICY_VERSION, type DocType, type Filing, type Person } from '@yidi/shared';

export function apiBase(): string {
  const base = process.env.E2E_API_BASE;
  if (!base) throw new Error('E2E_API_BASE is not set: run through miniapp/e2e/jest.config.js');
  return base;
}

export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} → ${status} ${JSON.stringify(body)}`);
  }
}

export async function callApi<T>(
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown; idempotent?: boolean; clock?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotent) headers['idempotency-key'] = randomUUID();
  if (options.clock) headers['x-clock'] = options.clock;
  const response = await fetch(`${apiBase()}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiCallError(response.status, body, `${method} ${path}`);
  return body as T;
}

export interface Session {
  token: string;
  userId: string;
}

/** A dev login (test stage only). Each test uses fresh names, so tests never share state. */
export async function loginAs(
  devUser: string,
  options: { roles?: ('INSURED' | 'REVIEWER')[]; regions?: string[] } = {},
): Promise<Session> {
  const session = await callApi<{ token: string; user: { id: string } }>('POST', '/auth/login', {
    body: { provider: 'dev', devUser, ...options },
  });
  return { token: session.token, userId: session.user.id };
}

/** A unique dev user name for this run: `<prefix>_<random>`. */
export function freshUserName(prefix: string): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}

export function addPerson(
  session: Session,
  body: {
    name: string;
    idNumber: string;
    phone: string;
    insuranceType: 'EMPLOYEE' | 'RESIDENT';
    insuredRegion: string;
    relationship: 'SELF' | 'SPOUSE' | 'PARENT' | 'CHILD' | 'OTHER';
  },
): Promise<Person> {
  // The separate consent (PIPL 第二十九条) the app's consent step sends.
  return callApi<Person>('POST', '/persons', {
    token: session.token,
    body: { ...body, consent: { policyVersion: PRIVACY_POLICY_VERSION, sensitive: true } },
  });
}

/** Real-name verification with the dev stand-in (test stage only), as the H5 app does. */
export function verifyIdentity(
  session: Session,
  who: { name: string; idNumber: string },
): Promise<unknown> {
  return callApi('POST', '/me/identity', {
    token: session.token,
    body: { provider: 'dev', name: who.name, idNumber: who.idNumber },
  });
}

/** Declares a material and uploads its bytes with the presigned POST, as the app does. */
export async function uploadMaterial(
  session: Session,
  personId: string,
  docType: DocType,
  bytes: Buffer,
): Promise<string> {
  const material = await callApi<{
    id: string;
    upload: { url: string; method: string; fields?: Record<string, string> };
  }>('POST', '/materials', {
    token: session.token,
    body: {
      personId,
      docType,
      contentType: 'image/png',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  });
  const form = new FormData();
  for (const [name, value] of Object.entries(material.upload.fields ?? {}))
    form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
  const upload = await fetch(material.upload.url, { method: material.upload.method, body: form });
  if (!upload.ok) throw new Error(`upload of ${docType} failed: ${upload.status}`);
  return material.id;
}

export function fileFiling(session: Session, body: unknown, clock?: string): Promise<Filing> {
  return callApi<Filing>('POST', '/filings', {
    token: session.token,
    body,
    idempotent: true,
    ...(clock ? { clock } : {}),
  });
}

export function getFiling(session: Session, id: string): Promise<Filing> {
  return callApi<Filing>('GET', `/filings/${encodeURIComponent(id)}`, { token: session.token });
}

export function listFilings(session: Session, personId: string): Promise<Filing[]> {
  return callApi<Filing[]>('GET', `/filings?personId=${encodeURIComponent(personId)}`, {
    token: session.token,
  });
}
