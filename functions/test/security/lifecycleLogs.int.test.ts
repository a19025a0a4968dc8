// Everything the functions log during a whole life — person, materials, filing, review,
// supplement, change, cancellation, and refusals along the way — at DEBUG, captured from stdout
// and stderr: no ID number, phone number, name or address appears in clear.
import { exportJobsSettled } from '../../src/http/review/exportJobs';
import { generateIdNumber } from '@yidi/shared';
import { build as buildLogin } from '../../src/http/auth/login';
import { build as buildCancel } from '../../src/http/filings/cancel';
import { build as buildChange } from '../../src/http/filings/change';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildGetFiling } from '../../src/http/filings/get';
import { build as buildSupplement } from '../../src/http/filings/supplement';
import { build as buildCreateMaterial } from '../../src/http/materials/create';
import { putObject, sampleFile, sha256Of } from '../support/uploads';
import { build as buildMe } from '../../src/http/me/get';
import { build as buildCreatePerson } from '../../src/http/persons/create';
import { build as buildDecision } from '../../src/http/review/decision';
import { build as buildExport } from '../../src/http/review/export';
import type { LambdaHandler } from '../../src/http/route';
import { createLogger } from '../../src/middleware/logging';
import type { Runtime } from '../../src/runtime';
import { testRuntime } from '../filings.support';
import { call, chinaMorning } from '../filings.support';
import { send } from '../robustness/envelope';
import { verifyAs } from '../support/http';
import { CONSENT } from '../support/people';

const SECRETS = {
  name: '司马相如',
  idNumber: generateIdNumber({
    regionCode: '340104',
    birthDate: '1962-07-21',
    sequence: 88,
    gender: 'MALE',
  }),
  phone: '13712345678',
  contactPhone: '13698765432',
  address: '上海市静安区南京西路1266号恒隆广场',
};

function captureOutput() {
  const chunks: string[] = [];
  const record = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(record),
    jest.spyOn(process.stderr, 'write').mockImplementation(record),
    jest.spyOn(console, 'log').mockImplementation((...args) => record(args.join(' '))),
  ];
  return { text: () => chunks.join(''), restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

jest.setTimeout(30_000);

it('a full lifecycle logs no ID number, phone, name or address in clear', async () => {
  const base = await testRuntime();
  const runtime: Runtime = { ...base, logger: createLogger({ level: 'DEBUG' }) };
  const capture = captureOutput();
  const statuses: number[] = [];
  try {
    const post = async (
      build: (r: Runtime) => LambdaHandler,
      routeKey: string,
      options: Parameters<typeof call>[3],
    ) => {
      const response = await call(runtime, build, routeKey, options);
      statuses.push(response.status);
      return response;
    };
    const login = await post(buildLogin, 'POST /v1/auth/login', {
      body: { provider: 'dev', devUser: 'logs' },
    });
    const reviewerLogin = await post(buildLogin, 'POST /v1/auth/login', {
      body: { provider: 'dev', devUser: 'logs-reviewer', roles: ['REVIEWER'], regions: ['340100'] },
    });
    const tokenOf = (response: { body: unknown }) => (response.body as { token: string }).token;
    const user = { token: tokenOf(login) } as never;
    await verifyAs(runtime, tokenOf(login), SECRETS);
    const reviewer = { token: tokenOf(reviewerLogin) } as never;
    const person = await post(buildCreatePerson, 'POST /v1/persons', {
      user,
      body: {
        name: SECRETS.name,
        idNumber: SECRETS.idNumber,
        phone: SECRETS.phone,
        insuranceType: 'EMPLOYEE',
        insuredRegion: '340100',
        relationship: 'SELF',
        consent: CONSENT,
      },
    });
    // The same person again: a refusal that names the ID number's owner must not log it either.
    await post(buildCreatePerson, 'POST /v1/persons', {
      user,
      body: {
        name: SECRETS.name,
        idNumber: SECRETS.idNumber,
        phone: 'bad',
        insuranceType: 'EMPLOYEE',
        insuredRegion: '340100',
        relationship: 'SELF',
        consent: CONSENT,
      },
    });
    // Declared, then uploaded as the app would (a real JPEG), so the filing can cite it.
    const material = async (docType: string) => {
      const bytes = sampleFile('image/jpeg', 5000);
      const id = (
        await post(buildCreateMaterial, 'POST /v1/materials', {
          user,
          body: {
            personId: person.body.id,
            docType,
            contentType: 'image/jpeg',
            size: bytes.length,
            sha256: sha256Of(bytes),
          },
        })
      ).body.id as string;
      await putObject(runtime, `materials/${person.body.id}/${id}`, bytes, 'image/jpeg');
      return id;
    };
    const contact = { address: SECRETS.address, phone: SECRETS.contactPhone };
    const filed = await post(buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: chinaMorning('2026-12-15'),
      body: {
        personId: person.body.id,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact,
        proof: {
          kind: 'COMMITMENT',
          missing: ['RESIDENCE_PERMIT'],
          signatureMaterialId: await material('COMMITMENT_SIGNATURE'),
        },
      },
    });
    const id = { id: filed.body.id as string };
    const approved = await post(buildDecision, 'POST /v1/review/{filingId}/decision', {
      user: reviewer,
      clock: chinaMorning('2026-12-16'),
      params: { filingId: id.id },
      body: { expectedVersion: filed.body.version, decision: 'APPROVE' },
    });
    await send(buildExport(runtime), {
      routeKey: 'GET /v1/review/export',
      token: tokenOf(reviewerLogin),
      query: { region: '340100' },
    });
    // The export's job runs in this process: its log lines belong to this lifecycle too.
    await exportJobsSettled(runtime);
    const supplemented = await post(buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user,
      clock: chinaMorning('2027-01-05'),
      params: id,
      body: {
        materialIds: [await material('RESIDENCE_PERMIT')],
        expectedVersion: approved.body.version,
      },
    });
    const changed = await post(buildChange, 'POST /v1/filings/{id}/changes', {
      user,
      clock: chinaMorning('2027-01-20'),
      params: id,
      body: {
        expectedVersion: supplemented.body.version,
        reason: 'RELOCATED',
        destination: { code: '320100' },
        evidenceMaterialIds: [await material('EVIDENCE')],
      },
    });
    await post(buildCancel, 'POST /v1/filings/{id}/cancellation', {
      user,
      clock: chinaMorning('2027-01-25'),
      params: id,
      body: { expectedVersion: changed.body.version, reason: `已回${SECRETS.address}居住` },
    });
    await post(buildGetFiling, 'GET /v1/filings/{id}', { user, params: id });
    await post(buildMe, 'GET /v1/me', { user });
  } finally {
    capture.restore();
  }
  // The lifecycle really ran (a refusal here would make the log check meaningless).
  expect(statuses).toEqual([200, 200, 201, 422, 201, 201, 200, 201, 200, 201, 200, 200, 200, 200]);
  const logged = capture.text();
  expect(logged.length).toBeGreaterThan(1000); // DEBUG logging did write
  for (const secret of Object.values(SECRETS)) expect(logged).not.toContain(secret);
  expect(logged).not.toContain(SECRETS.idNumber.slice(0, 14)); // nor most of it
});
