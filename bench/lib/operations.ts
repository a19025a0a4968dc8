// DynamoDB cost of each API operation — every GET route, for its normal caller (the insured,
// or a reviewer of the region for the review routes and reviewers' reads) — and of one filing's
// whole life (file → return → resubmit → approve → supplement → change → cancel), measured in process through the
// real handlers (middy stack, idempotency included) against DynamoDB Local, with the capacity
// meter on the store's client.
import { generateIdNumber, PRIVACY_POLICY_VERSION, type DocType } from '@yidi/shared';
import type { LocalStack } from '../../infra/src/localStack';
import { build as buildLogin } from '../../functions/src/http/auth/login';
import { build as buildCancel } from '../../functions/src/http/filings/cancel';
import { build as buildChange } from '../../functions/src/http/filings/change';
import { build as buildCreateFiling } from '../../functions/src/http/filings/create';
import { build as buildFilingAudit } from '../../functions/src/http/filings/audit';
import { build as buildGetFiling } from '../../functions/src/http/filings/get';
import { build as buildListFilings } from '../../functions/src/http/filings/list';
import { build as buildResubmit } from '../../functions/src/http/filings/resubmit';
import { build as buildSupplement } from '../../functions/src/http/filings/supplement';
import { build as buildCreateMaterial } from '../../functions/src/http/materials/create';
import { build as buildGetMaterial } from '../../functions/src/http/materials/get';
import type { PresignedUpload } from '../../functions/src/adapters/materialStorage';
import { materialVerifier } from '../../functions/src/services/materials/materialVerifier';
import { demoJpeg, uploadThrough } from '../../infra/src/demo/sampleUpload';
import { build as buildMe } from '../../functions/src/http/me/get';
import { build as buildVerifyIdentity } from '../../functions/src/http/me/identity';
import { build as buildAgents } from '../../functions/src/http/persons/agents';
import { build as buildConsent } from '../../functions/src/http/persons/consent';
import { build as buildCreatePerson } from '../../functions/src/http/persons/create';
import { build as buildListPersons } from '../../functions/src/http/persons/list';
import { build as buildMessages } from '../../functions/src/http/persons/messages';
import { build as buildRegions } from '../../functions/src/http/regions/list';
import { build as buildPolicy } from '../../functions/src/http/regions/policy';
import { build as buildDecision } from '../../functions/src/http/review/decision';
import { build as buildExport } from '../../functions/src/http/review/export';
import { exportJobsSettled } from '../../functions/src/http/review/exportJobs';
import { build as buildQueue } from '../../functions/src/http/review/queue';
import tableDefinition from '../../infra/table/definition.json';
import { summarize, type CallSummary } from './capacityMeter';
import { tableShapeOf, writeFloorOf } from './writeFloor';
import { callRoute, type BenchCall } from './api';
import { measureReadOverhead, type ReadOverheadFigures } from './readOverhead';
import { meteredRuntime } from './stack';
import type { Runtime } from '../../functions/src/runtime';

export type OperationKind = 'read' | 'state change';

/** What DynamoDB billed for the writes next to the least they could cost (writeFloor.ts). */
export interface WriteFloorFigures {
  /** WCU of the items written, rounded up to 1 KB units, × 2 in a transaction, + index entries. */
  writeFloor: number;
  /** Of writeUnits, what the global secondary indexes billed. */
  indexWriteUnits: number;
}

export interface OperationFigures extends CallSummary, WriteFloorFigures {
  name: string;
  route: string;
  kind: OperationKind;
  status: number;
}

export interface OperationsResult {
  operations: OperationFigures[];
  /** Sum of the LIFECYCLE steps: the DynamoDB cost of one filing. */
  lifecycle: CallSummary & WriteFloorFigures & { steps: string[] };
  /** GET /v1/filings/{id} of the filing after its whole life, against its floor (readOverhead.ts). */
  readOverhead?: ReadOverheadFigures;
}

const TABLE = tableShapeOf(tableDefinition);

/** The life of the measured filing (AH 合肥, commitment for the residence permit). */
const DAYS = {
  filed: '2026-12-15',
  approved: '2026-12-16',
  supplemented: '2027-01-05',
  changed: '2027-01-20',
  cancelled: '2027-01-25',
};
const REGION = '340100';
// The whole life of one filing, including one round of return and resubmission before approval.
const LIFECYCLE = [
  'file',
  'return (review)',
  'resubmit',
  'approve',
  'supplement',
  'change',
  'cancel',
];

/**
 * `readOverhead: false` leaves out the timed read overhead: the counted figures only (round trips,
 * requests, capacity), as the test run's budget step checks them.
 */
export async function measureOperations(
  stack: LocalStack,
  options: { readOverhead?: boolean } = {},
): Promise<OperationsResult> {
  const { runtime, meter, documentClient, tableName } = await meteredRuntime(stack);
  const operations: OperationFigures[] = [];

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function measure<BODY = any>(
    name: string,
    kind: OperationKind,
    build: Parameters<typeof callRoute>[1],
    routeKey: string,
    call: BenchCall,
    expected: number,
  ): Promise<BODY> {
    meter.take();
    const response = await callRoute(runtime, build, routeKey, call);
    const calls = meter.take();
    const figures = {
      ...summarize(calls),
      writeFloor: writeFloorOf(calls, TABLE),
      indexWriteUnits:
        Math.round(
          calls
            .filter((call) => call.kind === 'write')
            .reduce((sum, call) => sum + (call.indexUnits ?? 0), 0) * 100,
        ) / 100,
    };
    if (response.status !== expected) {
      throw new Error(
        `${name}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    operations.push({ name, route: routeKey, kind, status: response.status, ...figures });
    return response.body as BODY;
  }

  const login = await measure(
    'login (dev)',
    'state change',
    buildLogin,
    'POST /v1/auth/login',
    {
      body: { provider: 'dev', devUser: 'bench-insured' },
    },
    200,
  );
  const token: string = login.token;
  const reviewer = await callRoute(runtime, buildLogin, 'POST /v1/auth/login', {
    body: { provider: 'dev', devUser: 'bench-reviewer', roles: ['REVIEWER'], regions: [REGION] },
  });
  const reviewerToken: string = reviewer.body.token;

  const personBody = {
    name: '王建华',
    idNumber: generateIdNumber({
      regionCode: '340104',
      birthDate: '1961-03-08',
      sequence: 31,
      gender: 'MALE',
    }),
    phone: '13955550001',
    insuranceType: 'EMPLOYEE',
    insuredRegion: REGION,
    // The separate consent to sensitive personal information (PIPL 第二十九条).
    consent: { policyVersion: PRIVACY_POLICY_VERSION, sensitive: true },
  };
  // Real-name verification first (dev stand-in): adding oneself needs it.
  await measure(
    'verify identity',
    'state change',
    buildVerifyIdentity,
    'POST /v1/me/identity',
    { token, body: { provider: 'dev', name: personBody.name, idNumber: personBody.idNumber } },
    200,
  );
  const person = await measure(
    'create person',
    'state change',
    buildCreatePerson,
    'POST /v1/persons',
    {
      token,
      body: { ...personBody, relationship: 'SELF' },
    },
    201,
  );
  await measure('me', 'read', buildMe, 'GET /v1/me', { token }, 200);
  await measure('persons list', 'read', buildListPersons, 'GET /v1/persons', { token }, 200);
  await measure('regions list (public)', 'read', buildRegions, 'GET /v1/regions', {}, 200);
  await measure(
    'region policy (public)',
    'read',
    buildPolicy,
    'GET /v1/regions/{code}/policy',
    {
      params: { code: REGION },
    },
    200,
  );

  const material = async (docType: DocType, measured = false) => {
    const { bytes, sha256 } = demoJpeg(docType, 204_800);
    const call = {
      token,
      body: {
        personId: person.id,
        docType,
        contentType: 'image/jpeg',
        size: bytes.length,
        sha256,
      },
    };
    const created = (
      measured
        ? await measure(
            'create material',
            'state change',
            buildCreateMaterial,
            'POST /v1/materials',
            call,
            201,
          )
        : (await callRoute(runtime, buildCreateMaterial, 'POST /v1/materials', call)).body
    ) as { id: string; upload: PresignedUpload };
    // The app uploads the file; deployed, the ObjectCreated event then verifies it (its own
    // write, not part of any measured request).
    await uploadThrough(created.upload, bytes, 'image/jpeg');
    const stored = await runtime.store.materials.get(created.id);
    await materialVerifier({
      storage: runtime.storage,
      materials: runtime.store.materials,
    }).verificationOf(stored!, new Date());
    return created.id;
  };
  const signature = await material('COMMITMENT_SIGNATURE', true);
  const residencePermit = await material('RESIDENCE_PERMIT');
  const evidence = await material('EVIDENCE');

  let filing = await measure(
    'file',
    'state change',
    buildCreateFiling,
    'POST /v1/filings',
    {
      token,
      on: DAYS.filed,
      body: {
        personId: person.id,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: DAYS.filed,
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13955550001' },
        proof: {
          kind: 'COMMITMENT',
          missing: ['RESIDENCE_PERMIT'],
          signatureMaterialId: signature,
        },
      },
    },
    201,
  );
  const byId = { params: { id: filing.id } };
  await measure(
    'get filing',
    'read',
    buildGetFiling,
    'GET /v1/filings/{id}',
    { token, ...byId },
    200,
  );
  await measure(
    'get filing (reviewer)',
    'read',
    buildGetFiling,
    'GET /v1/filings/{id}',
    { token: reviewerToken, ...byId },
    200,
  );
  await measure(
    'filing audit',
    'read',
    buildFilingAudit,
    'GET /v1/filings/{id}/audit',
    { token, ...byId },
    200,
  );
  const materialById = { params: { id: signature } };
  await measure(
    'get material',
    'read',
    buildGetMaterial,
    'GET /v1/materials/{id}',
    { token, ...materialById },
    200,
  );
  await measure(
    'get material (reviewer)',
    'read',
    buildGetMaterial,
    'GET /v1/materials/{id}',
    { token: reviewerToken, ...materialById },
    200,
  );
  const byPerson = { params: { id: person.id } };
  await measure(
    'agents of a person',
    'read',
    buildAgents,
    'GET /v1/persons/{id}/agents',
    { token, ...byPerson },
    200,
  );
  await measure(
    'list filings',
    'read',
    buildListFilings,
    'GET /v1/filings',
    {
      token,
      query: { personId: person.id },
    },
    200,
  );
  await measure(
    'review queue',
    'read',
    buildQueue,
    'GET /v1/review/queue',
    {
      token: reviewerToken,
      on: DAYS.filed,
      query: { region: REGION },
    },
    200,
  );
  // Starting an export records its job (202); the job itself runs after the answer (in process
  // here) and is awaited outside the measurement, so its reads do not count against the next call.
  const started = await measure<{ exportId: string }>(
    'review export (start job)',
    'state change',
    buildExport,
    'GET /v1/review/export',
    { token: reviewerToken, on: DAYS.filed, query: { region: REGION } },
    202,
  );
  await exportFinished(runtime, started.exportId);
  // The job's last write can be visible to that poll before its own answer has come back (and
  // been metered): wait for the job itself, or its write lands on the next call's figures.
  await exportJobsSettled(runtime);
  meter.take();
  // Sent back with a notice and resubmitted: two more kinds of state change before approval.
  filing = await measure(
    'return (review)',
    'state change',
    buildDecision,
    'POST /v1/review/{filingId}/decision',
    {
      token: reviewerToken,
      on: DAYS.filed,
      params: { filingId: filing.id },
      body: {
        expectedVersion: filing.version,
        decision: 'RETURN',
        notices: [{ docType: 'COMMITMENT_SIGNATURE', problem: '签名不清晰，请重新签名' }],
      },
    },
    200,
  );
  filing = await measure(
    'resubmit',
    'state change',
    buildResubmit,
    'POST /v1/filings/{id}/resubmission',
    { token, on: DAYS.filed, ...byId, body: { expectedVersion: filing.version } },
    200,
  );
  filing = await measure(
    'approve',
    'state change',
    buildDecision,
    'POST /v1/review/{filingId}/decision',
    {
      token: reviewerToken,
      on: DAYS.approved,
      params: { filingId: filing.id },
      body: { expectedVersion: filing.version, decision: 'APPROVE' },
    },
    200,
  );
  // The approval told the person: the inbox has a message now.
  await measure(
    'messages of a person',
    'read',
    buildMessages,
    'GET /v1/persons/{id}/messages',
    { token, ...byPerson },
    200,
  );
  filing = await measure(
    'supplement',
    'state change',
    buildSupplement,
    'POST /v1/filings/{id}/supplements',
    {
      token,
      on: DAYS.supplemented,
      ...byId,
      body: { materialIds: [residencePermit], expectedVersion: filing.version },
    },
    200,
  );
  filing = await measure(
    'change',
    'state change',
    buildChange,
    'POST /v1/filings/{id}/changes',
    {
      token,
      on: DAYS.changed,
      ...byId,
      body: {
        expectedVersion: filing.version,
        reason: 'RELOCATED',
        destination: { code: '320100' },
        evidenceMaterialIds: [evidence],
      },
    },
    200,
  );
  await measure(
    'cancel',
    'state change',
    buildCancel,
    'POST /v1/filings/{id}/cancellation',
    {
      token,
      on: DAYS.cancelled,
      ...byId,
      body: { expectedVersion: filing.version, reason: '已回参保地居住' },
    },
    200,
  );
  // A daughter asks to act for him (a PENDING link to the same person) and he consents.
  const daughter = await callRoute(runtime, buildLogin, 'POST /v1/auth/login', {
    body: { provider: 'dev', devUser: 'bench-daughter' },
  });
  // Acting for someone needs the agent's own verified identity.
  await callRoute(runtime, buildVerifyIdentity, 'POST /v1/me/identity', {
    token: daughter.body.token,
    body: {
      provider: 'dev',
      name: '王小华',
      idNumber: generateIdNumber({
        regionCode: '340104',
        birthDate: '1990-05-06',
        sequence: 32,
        gender: 'FEMALE',
      }),
    },
  });
  await measure(
    'request to act as agent',
    'state change',
    buildCreatePerson,
    'POST /v1/persons',
    { token: daughter.body.token, body: { ...personBody, relationship: 'CHILD' } },
    201,
  );
  await measure(
    'consent',
    'state change',
    buildConsent,
    'POST /v1/persons/{id}/consent',
    { token, ...byPerson, body: { agentUserId: daughter.body.user.id } },
    200,
  );
  documentClient.destroy();
  const readOverhead =
    (options.readOverhead ?? true)
      ? await measureReadOverhead(
          { ...stack.environment, TABLE_NAME: tableName, LOG_LEVEL: 'ERROR' },
          { filingId: filing.id, token },
        )
      : undefined;

  const steps = operations.filter((operation) => LIFECYCLE.includes(operation.name));
  const total = (pick: (figures: OperationFigures) => number) =>
    Math.round(steps.reduce((sum, step) => sum + pick(step), 0) * 100) / 100;
  return {
    operations,
    lifecycle: {
      steps: steps.map((step) => step.name),
      roundTrips: total((f) => f.roundTrips),
      requests: total((f) => f.requests),
      readRequests: total((f) => f.readRequests),
      writeRequests: total((f) => f.writeRequests),
      readUnits: total((f) => f.readUnits),
      writeUnits: total((f) => f.writeUnits),
      writeFloor: total((f) => f.writeFloor),
      indexWriteUnits: total((f) => f.indexWriteUnits),
      commands: steps.flatMap((step) => step.commands),
    },
    ...(readOverhead ? { readOverhead } : {}),
  };
}

/** Waits (≤ 30 s) until an export job has left RUNNING. */
async function exportFinished(runtime: Runtime, exportId: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const job = await runtime.store.exportJobs.get(exportId);
    if (job && job.state !== 'RUNNING') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`review export ${exportId}: still running after 30 s`);
}
