// Issue 11 points 1–4 tried as an outsider would, against DynamoDB Local through the real
// handlers: real-name verification (dev stand-in, WeChat's check against a local fake WeChat
// server, immutability, attempt limit), squatting SELF, the add-person oracle and its daily
// limit, consent (PIPL 29/31), least access of a PENDING agent, withdrawal of an agent, and
// separation of duties in review.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomUUID } from 'node:crypto';
import { wechatFaceVerificationClient } from '../../src/adapters/faceVerification';
import { loadStageConfig } from '../../src/config/stage';
import { build as buildAudit } from '../../src/http/filings/audit';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildGetFiling } from '../../src/http/filings/get';
import { build as buildListFilings } from '../../src/http/filings/list';
import { build as buildGetMaterial } from '../../src/http/materials/get';
import { build as buildMe } from '../../src/http/me/get';
import { build as buildVerifyIdentity } from '../../src/http/me/identity';
import { build as buildAgents } from '../../src/http/persons/agents';
import { build as buildConsent } from '../../src/http/persons/consent';
import { build as buildCreatePerson } from '../../src/http/persons/create';
import { build as buildListPersons } from '../../src/http/persons/list';
import { build as buildMessages } from '../../src/http/persons/messages';
import { build as buildRevocation } from '../../src/http/persons/revocation';
import { build as buildDecision } from '../../src/http/review/decision';
import { createRuntime, type Runtime } from '../../src/runtime';
import { issueToken } from '../../src/middleware/tokens';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, keys, personSummaryOf, type PersonRecord } from '../../src/store';
import { call, chinaMorning, testMaterial, testUser } from '../filings.support';
import { invoke, loginAs, verifiedLogin } from '../support/http';
import { CONSENT, testPerson } from '../support/people';
import { DEPLOYED_ENV, DEPLOYED_SECRETS, testRuntime } from '../support/testRuntime';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

const addPerson = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  invoke(buildCreatePerson(runtime), { routeKey: 'POST /v1/persons', token, body, headers });
const verify = (on: Runtime, token: string, body: unknown) =>
  invoke(buildVerifyIdentity(on), { routeKey: 'POST /v1/me/identity', token, body });
const me = (token: string) => invoke(buildMe(runtime), { routeKey: 'GET /v1/me', token });
const revoke = (token: string, personId: string, userId: string) =>
  invoke(buildRevocation(runtime), {
    routeKey: 'POST /v1/persons/{id}/agents/{userId}/revocation',
    pathParameters: { id: personId, userId },
    token,
  });
const consentTo = (token: string, personId: string, agentUserId: string) =>
  invoke(buildConsent(runtime), {
    routeKey: 'POST /v1/persons/{id}/consent',
    pathParameters: { id: personId },
    token,
    body: { agentUserId },
  });
const md5 = (value: string) => createHash('md5').update(value, 'utf8').digest('hex');

describe('identity: POST /v1/me/identity', () => {
  it('verifies once with the dev stand-in; the identity is masked and immutable', async () => {
    const { token } = await loginAs(runtime, 'id-once');
    const who = testPerson({ name: '欧阳修' });
    const first = await verify(runtime, token, { provider: 'dev', ...who });
    expect(first.status).toBe(200);
    expect(first.body.identity).toEqual({
      name: '欧阳修',
      idNumberMasked: `${who.idNumber.slice(0, 4)}**********${who.idNumber.slice(-4)}`,
      provider: 'dev',
      verifiedAt: expect.any(String),
    });
    expect(JSON.stringify(first.body)).not.toContain(who.idNumber);
    const other = testPerson({ name: '苏东坡' });
    const again = await verify(runtime, token, { provider: 'dev', ...other });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('IDENTITY_ALREADY_VERIFIED');
    expect((await me(token)).body.identity.name).toBe('欧阳修');
    // Stored like a person's ID number: HMAC key, AES-GCM value, never in clear.
    const stored = await runtime.store.identities.get((await me(token)).body.user.id);
    expect(stored?.idNumberHash).toBe(runtime.protection.hash(who.idNumber));
    expect(runtime.protection.decrypt(stored!.idNumberEncrypted)).toBe(who.idNumber);
    expect(JSON.stringify(stored)).not.toContain(who.idNumber);
  });

  it('refuses the dev stand-in in a deployed stage', async () => {
    const deployed = createRuntime(loadStageConfig(DEPLOYED_ENV, DEPLOYED_SECRETS), {
      store: runtime.store,
    });
    const { token } = await issueToken(
      { userId: `wx_${randomUUID()}`, roles: ['INSURED'], regions: [] },
      { secret: deployed.config.jwtSecret, ttlSeconds: 600 },
    );
    const response = await verify(deployed, token, { provider: 'dev', ...testPerson() });
    expect(response.status).toBe(403);
  });

  it('limits attempts per account and day: 429 with Retry-After', async () => {
    const { token } = await loginAs(runtime, 'id-limit');
    // A dev account cannot pass face verification: each try fails and counts.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await verify(runtime, token, {
        provider: 'wechat-face',
        verifyResult: 'whatever',
        ...testPerson(),
      });
      expect(failed.body.error.code).toBe('IDENTITY_VERIFICATION_FAILED');
    }
    const limited = await verify(runtime, token, { provider: 'dev', ...testPerson() });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(86_400);
  });
});

describe('identity: WeChat face verification against a local fake WeChat', () => {
  let server: Server;
  let base: string;
  const answers = new Map<string, Record<string, unknown>>();
  const asked: { path: string; body: unknown }[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const body = JSON.parse(raw || '{}') as { verify_result?: string };
        asked.push({ path: request.url ?? '', body });
        const answer = answers.get(body.verify_result ?? '') ?? { errcode: 84001 };
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () =>
    wechatFaceVerificationClient({ accessToken: { token: async () => 'TOKEN' }, baseUrl: base });
  const who = { name: '李清照', idNumber: testPerson().idNumber };
  const confirmed = (openid: string) => ({
    errcode: 0,
    identify_ret: 0,
    openid,
    id_card_number_md5: md5(who.idNumber),
    name_utf8_md5: md5(who.name),
  });

  it('asks cityservice/face/identify/getinfo and accepts only this person on this account', async () => {
    answers.set('good', confirmed('openid-1'));
    const input = { verifyResult: 'good', openid: 'openid-1', ...who };
    expect(await client().confirm(input)).toBe('VERIFIED');
    expect(asked.at(-1)).toEqual({
      path: '/cityservice/face/identify/getinfo?access_token=TOKEN',
      body: { verify_result: 'good' },
    });
    expect(await client().confirm({ ...input, openid: 'someone-else' })).toBe('REJECTED');
    expect(await client().confirm({ ...input, name: '赵明诚' })).toBe('REJECTED');
    answers.set('failed-face', { ...confirmed('openid-1'), identify_ret: 10003 });
    expect(await client().confirm({ ...input, verifyResult: 'failed-face' })).toBe('REJECTED');
    expect(await client().confirm({ ...input, verifyResult: 'unknown' })).toBe('REJECTED');
  });

  it('records the identity through the API when WeChat confirms it', async () => {
    const viaWechat = createRuntime(runtime.config, {
      store: runtime.store,
      faceVerification: client(),
    });
    const login = await invoke((await import('../../src/http/auth/login')).build(viaWechat), {
      routeKey: 'POST /v1/auth/login',
      body: { provider: 'wechat', code: `code-${randomUUID()}` },
    });
    const user = await runtime.store.users.get(login.body.user.id);
    answers.set('api-good', confirmed(user!.subject));
    const response = await verify(viaWechat, login.body.token, {
      provider: 'wechat-face',
      verifyResult: 'api-good',
      ...who,
    });
    expect(response.status).toBe(200);
    expect(response.body.identity).toMatchObject({ name: '李清照', provider: 'wechat-face' });
  });
});

describe('squatting: SELF needs the verified identity of that very person', () => {
  it('refuses SELF without an identity, or with another one', async () => {
    const person = testPerson({ name: '岳飞' });
    const unverified = await loginAs(runtime, 'squat-unverified');
    const none = await addPerson(unverified.token, person);
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('IDENTITY_NOT_VERIFIED');
    const squatter = await verifiedLogin(runtime, 'squat-other');
    const mismatch = await addPerson(squatter.token, person);
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.error.code).toBe('IDENTITY_MISMATCH');
    const wrongName = await verifiedLogin(runtime, 'squat-name', person);
    expect((await addPerson(wrongName.token, { ...person, name: '秦桧' })).body.error.code).toBe(
      'IDENTITY_MISMATCH',
    );
  });

  it('lets the verified person add themselves after others linked first, and take over an old SELF', async () => {
    const person = testPerson({ name: '文天祥' });
    const agent = await verifiedLogin(runtime, 'first-agent');
    const asked = await addPerson(agent.token, {
      ...person,
      relationship: 'CHILD',
      name: '文天样',
    });
    expect(asked.status).toBe(201);
    // An unproved SELF account from before real-name verification (written straight to the store).
    const legacy = await testUser(runtime);
    const stored = (await runtime.store.persons.get(asked.body.id)) as PersonRecord;
    await runtime.store.persons.addLink({
      userId: legacy.userId,
      personId: stored.id,
      relationship: 'SELF',
      authorization: 'ACTIVE',
      authorizedBy: 'SELF',
      requestedAt: new Date().toISOString(),
      activatedAt: new Date().toISOString(),
      person: personSummaryOf(stored),
    });

    const real = await verifiedLogin(runtime, 'real-person', person);
    const own = await addPerson(real.token, person);
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ id: asked.body.id, name: '文天祥', authorization: 'ACTIVE' });
    expect(await runtime.store.persons.selfOwnerOf(stored.id)).toBe(real.userId);
    expect(await runtime.store.agentLinks.get(legacy.userId, stored.id)).toBeUndefined();
    expect((await runtime.store.persons.get(stored.id))?.name).toBe('文天祥');
    // The earlier request still waits for this person's consent.
    const agents = await invoke(buildAgents(runtime), {
      routeKey: 'GET /v1/persons/{id}/agents',
      pathParameters: { id: stored.id },
      token: real.token,
    });
    expect(agents.body).toEqual([
      expect.objectContaining({
        userId: agent.userId,
        authorization: 'PENDING',
        requestedName: '文天样',
      }),
    ]);
  });

  it('needs the agent’s own verified identity to ask to act for someone', async () => {
    const unverified = await loginAs(runtime, 'agent-unverified');
    const response = await addPerson(unverified.token, {
      ...testPerson(),
      relationship: 'PARENT',
    });
    expect(response.body.error.code).toBe('IDENTITY_NOT_VERIFIED');
  });
});

describe('consent (PIPL 第二十九条, 第三十一条)', () => {
  it('requires the separate consent to sensitive personal information', async () => {
    const who = testPerson({ name: '陆游' });
    const { token } = await verifiedLogin(runtime, 'consent-missing', who);
    const { consent: _consent, ...withoutConsent } = who;
    for (const body of [withoutConsent, { ...who, consent: { ...CONSENT, sensitive: false } }]) {
      const response = await addPerson(token, body);
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: 'CONSENT_REQUIRED', rule: 'PIPL-29' });
    }
    expect((await addPerson(token, who)).status).toBe(201);
    const link = await runtime.store.agentLinks.get(
      (await me(token)).body.user.id,
      (await me(token)).body.persons[0].id,
    );
    expect(link?.consent).toMatchObject({ policyVersion: CONSENT.policyVersion, sensitive: true });
  });

  it('needs a guardian’s consent for a child under 14 (age from the ID number)', async () => {
    const child = testPerson({ name: '陆小游', birthDate: '2018-06-01' });
    const parent = await verifiedLogin(runtime, 'guardian');
    const plain = await addPerson(parent.token, { ...child, relationship: 'CHILD' });
    expect(plain.body.error).toMatchObject({ code: 'CONSENT_REQUIRED', rule: 'PIPL-31' });
    const asGuardian = await addPerson(parent.token, {
      ...child,
      relationship: 'CHILD',
      consent: { ...CONSENT, guardian: true },
    });
    expect(asGuardian.status).toBe(201);
  });
});

describe('no oracle: adding a non-SELF person', () => {
  it('answers the same whether the number is registered, and whatever the name', async () => {
    const registered = testPerson({ name: '辛弃疾' });
    const owner = await verifiedLogin(runtime, 'oracle-owner', registered);
    expect((await addPerson(owner.token, registered)).status).toBe(201);
    const prober = await verifiedLogin(runtime, 'oracle-prober');
    const probe = (body: object) =>
      addPerson(prober.token, { ...body, relationship: 'OTHER', phone: '13700001111' });
    const shapeOf = (response: { status: number; body: Record<string, unknown> }) => ({
      status: response.status,
      keys: Object.keys(response.body).sort(),
      authorization: response.body.authorization,
    });
    const known = await probe({ ...registered, name: '李白' });
    const unknown = await probe(testPerson({ name: '李白' }));
    expect(shapeOf(known)).toEqual(shapeOf(unknown));
    expect(known.status).toBe(201);
    // Only what the prober sent: their name and phone, not the owner's.
    expect(known.body).toMatchObject({ name: '李白', phoneMasked: '137****1111' });
    expect(JSON.stringify(known.body)).not.toContain('辛弃疾');
    const listed = (
      await invoke(buildListPersons(runtime), {
        routeKey: 'GET /v1/persons',
        token: prober.token,
      })
    ).body as { name: string }[];
    expect(listed.map((person) => person.name)).toEqual(['李白', '李白']);
  });

  it('allows 20 persons a day per account, then 429 with Retry-After', async () => {
    const busy = await verifiedLogin(runtime, 'busy-adder');
    for (let added = 0; added < 20; added += 1) {
      const response = await addPerson(busy.token, { ...testPerson(), relationship: 'OTHER' });
      expect(response.status).toBe(201);
    }
    const refused = await addPerson(busy.token, { ...testPerson(), relationship: 'OTHER' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('least access and withdrawal', () => {
  it('shows a PENDING agent nothing; a withdrawn agent is refused on the next request and told', async () => {
    const who = testPerson({ name: '范仲淹', insuredRegion: '340100' });
    const self = await verifiedLogin(runtime, 'revoke-self', who);
    const agent = await verifiedLogin(runtime, 'revoke-agent');
    const person = (await addPerson(self.token, who)).body;
    await addPerson(agent.token, { ...who, relationship: 'CHILD' });
    const selfUser = {
      userId: self.userId,
      roles: ['INSURED'] as const,
      regions: [],
      token: self.token,
    };
    const material = await testMaterial(runtime, selfUser as never, person.id, 'RESIDENCE_PERMIT');
    const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user: selfUser as never,
      clock: chinaMorning('2026-12-15'),
      body: {
        personId: person.id,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: { kind: 'MATERIALS', materialIds: [material] },
      },
    });
    expect(filed.status).toBe(201);
    const agentUser = { token: agent.token } as never;
    const reads = async () => [
      (
        await call(runtime, buildGetFiling, 'GET /v1/filings/{id}', {
          user: agentUser,
          params: { id: filed.body.id },
        })
      ).status,
      (
        await call(runtime, buildAudit, 'GET /v1/filings/{id}/audit', {
          user: agentUser,
          params: { id: filed.body.id },
        })
      ).status,
      (
        await call(runtime, buildListFilings, 'GET /v1/filings', {
          user: agentUser,
          query: { personId: person.id },
        })
      ).status,
      (
        await call(runtime, buildMessages, 'GET /v1/persons/{id}/messages', {
          user: agentUser,
          params: { id: person.id },
        })
      ).status,
      (
        await call(runtime, buildGetMaterial, 'GET /v1/materials/{id}', {
          user: agentUser,
          params: { id: material },
        })
      ).status,
    ];
    expect(await reads()).toEqual([404, 404, 404, 404, 404]);

    expect((await consentTo(self.token, person.id, agent.userId)).status).toBe(200);
    expect(await reads()).toEqual([200, 200, 200, 200, 200]);

    const withdrawn = await revoke(self.token, person.id, agent.userId);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ userId: agent.userId, authorization: 'REVOKED' });
    expect(await reads()).toEqual([404, 404, 404, 404, 404]);
    expect((await me(agent.token)).body.persons).toEqual([]);
    expect((await me(agent.token)).body.notices).toEqual([
      expect.objectContaining({ kind: 'AUTHORIZATION_REVOKED', title: '代办授权已撤销' }),
    ]);
    // Audited in the person's partition, with who withdrew whom.
    const client = createDocumentClient({
      tableName: runtime.config.tableName,
      region: runtime.config.region,
      ...(runtime.config.dynamoEndpoint ? { endpoint: runtime.config.dynamoEndpoint } : {}),
    });
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: runtime.config.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
        ExpressionAttributeValues: { ':pk': keys.ownerPartition(person.id), ':sk': 'ACCESS#' },
        ConsistentRead: true,
      }),
    );
    expect(Items).toEqual([
      expect.objectContaining({ event: 'REVOKED', userId: agent.userId, byUserId: self.userId }),
    ]);
    // Only the person may withdraw; twice is 404.
    expect((await revoke(agent.token, person.id, self.userId)).status).toBe(404);
    expect((await revoke(self.token, person.id, agent.userId)).status).toBe(404);
  });

  it('never grants from a lagging index that still shows a withdrawn link', async () => {
    const who = testPerson({ name: '司马光', insuredRegion: '340100' });
    const self = await verifiedLogin(runtime, 'stale-self', who);
    const agent = await verifiedLogin(runtime, 'stale-agent');
    const person = (await addPerson(self.token, who)).body;
    await addPerson(agent.token, { ...who, relationship: 'SPOUSE' });
    await consentTo(self.token, person.id, agent.userId);
    const activeLink = await runtime.store.agentLinks.get(agent.userId, person.id);
    await revoke(self.token, person.id, agent.userId);
    // The index still shows the link as ACTIVE (as GSI1 may for a moment after the delete).
    const stale = createRuntime(runtime.config, {
      store: {
        ...runtime.store,
        agentLinks: { ...runtime.store.agentLinks, listForPerson: async () => [activeLink!] },
      },
    });
    const user = { token: agent.token } as never;
    expect(
      (
        await call(stale, buildListFilings, 'GET /v1/filings', {
          user,
          query: { personId: person.id },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(stale, buildMessages, 'GET /v1/persons/{id}/messages', {
          user,
          params: { id: person.id },
        })
      ).status,
    ).toBe(404);
  });
});

describe('separation of duties', () => {
  it('refuses a reviewer linked to the person or who filed it (403), and says so on the filing', async () => {
    const region = '340100';
    const reviewerWho = testPerson({ name: '包拯', insuredRegion: region });
    const reviewer = await verifiedLogin(runtime, 'sod-reviewer', reviewerWho, {
      roles: ['INSURED', 'REVIEWER'],
      regions: [region],
    });
    const own = (await addPerson(reviewer.token, reviewerWho)).body;
    const user = {
      userId: reviewer.userId,
      roles: ['INSURED', 'REVIEWER'],
      regions: [region],
      token: reviewer.token,
    } as never;
    const material = await testMaterial(runtime, user, own.id, 'HOUSEHOLD_REGISTER');
    const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: chinaMorning('2026-12-15'),
      body: {
        personId: own.id,
        category: 'RETIRED_RESETTLED',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: { kind: 'MATERIALS', materialIds: [material] },
        facts: { retired: true },
      },
    });
    expect(filed.body.status).toBe('PENDING_REVIEW');
    const seen = await call(runtime, buildGetFiling, 'GET /v1/filings/{id}', {
      user,
      params: { id: filed.body.id },
    });
    expect(seen.body.reviewerDecision).toMatchObject({
      allowed: false,
      code: 'CONFLICT_OF_INTEREST',
    });
    const decided = await call(runtime, buildDecision, 'POST /v1/review/{filingId}/decision', {
      user,
      clock: chinaMorning('2026-12-15'),
      params: { filingId: filed.body.id },
      body: { expectedVersion: filed.body.version, decision: 'APPROVE' },
    });
    expect(decided.status).toBe(403);
    expect(decided.body.error?.code).toBe('CONFLICT_OF_INTEREST');

    const colleague = await testUser(runtime, { roles: ['REVIEWER'], regions: [region] });
    const byColleague = await call(runtime, buildGetFiling, 'GET /v1/filings/{id}', {
      user: colleague,
      params: { id: filed.body.id },
    });
    expect(byColleague.body.reviewerDecision).toEqual({ allowed: true });
    const approved = await call(runtime, buildDecision, 'POST /v1/review/{filingId}/decision', {
      user: colleague,
      clock: chinaMorning('2026-12-15'),
      params: { filingId: filed.body.id },
      body: { expectedVersion: filed.body.version, decision: 'APPROVE' },
    });
    expect(approved.status).toBe(200);
  });
});
