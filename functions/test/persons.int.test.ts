import { build as buildCreateMaterial } from '../src/http/materials/create';
import { build as buildAgents } from '../src/http/persons/agents';
import { build as buildConsent } from '../src/http/persons/consent';
import { build as buildCreatePerson } from '../src/http/persons/create';
import { build as buildListPersons } from '../src/http/persons/list';
import type { Runtime } from '../src/runtime';
import { invoke, loginAs, verifiedLogin, verifyAs } from './support/http';
import { testPerson } from './support/people';
import { testRuntime } from './support/testRuntime';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

const createPerson = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  invoke(buildCreatePerson(runtime), { routeKey: 'POST /v1/persons', token, body, headers });
const listPersons = (token: string) =>
  invoke(buildListPersons(runtime), { routeKey: 'GET /v1/persons', token });
const uploadIdentity = (token: string, personId: string) =>
  invoke(buildCreateMaterial(runtime), {
    routeKey: 'POST /v1/materials',
    token,
    body: {
      personId,
      docType: 'IDENTITY',
      contentType: 'image/jpeg',
      size: 1000,
      sha256: 'c'.repeat(64),
    },
  });

describe('POST /v1/persons', () => {
  it('registers oneself: active at once, ID number masked, gender and birth date derived', async () => {
    const { token } = await loginAs(runtime, 'self-user');
    const body = testPerson({ birthDate: '1962-07-08', gender: 'FEMALE', name: '王秀英' });
    await verifyAs(runtime, token, body);
    const response = await createPerson(token, body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: '王秀英',
      gender: 'FEMALE',
      birthDate: '1962-07-08',
      relationship: 'SELF',
      authorization: 'ACTIVE',
      insuredRegion: '340300',
      idNumberMasked: `${body.idNumber.slice(0, 4)}**********${body.idNumber.slice(-4)}`,
    });
    expect(JSON.stringify(response.body)).not.toContain(body.idNumber);
    expect(JSON.stringify(response.body)).not.toContain(body.phone);
  });

  it('leaves an agent PENDING until the person consents from their own account', async () => {
    const father = testPerson({ name: '赵大山', birthDate: '1950-03-04' });
    const self = await verifiedLogin(runtime, 'father-self', father);
    const agent = await verifiedLogin(runtime, 'daughter-agent');
    const own = await createPerson(self.token, father);
    const pending = await createPerson(agent.token, { ...father, relationship: 'CHILD' });
    expect(pending.status).toBe(201);
    expect(pending.body).toMatchObject({
      id: own.body.id,
      authorization: 'PENDING',
      relationship: 'CHILD',
    });

    // A pending agent sees their own request, nothing more, and cannot act.
    expect((await listPersons(agent.token)).body).toEqual([
      expect.objectContaining({ id: own.body.id, authorization: 'PENDING' }),
    ]);
    const refused = await uploadIdentity(agent.token, own.body.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('AGENT_NOT_AUTHORIZED');

    // The person's own account sees the request and confirms it.
    const agents = await invoke(buildAgents(runtime), {
      routeKey: 'GET /v1/persons/{id}/agents',
      pathParameters: { id: own.body.id },
      token: self.token,
    });
    expect(agents.body).toEqual([
      expect.objectContaining({
        userId: agent.userId,
        authorization: 'PENDING',
        relationship: 'CHILD',
      }),
    ]);
    const consent = await invoke(buildConsent(runtime), {
      routeKey: 'POST /v1/persons/{id}/consent',
      pathParameters: { id: own.body.id },
      token: self.token,
      body: { agentUserId: agent.userId },
    });
    expect(consent.status).toBe(200);
    expect(consent.body).toMatchObject({
      userId: agent.userId,
      authorization: 'ACTIVE',
      authorizedBy: 'CONSENT',
    });
    expect((await listPersons(agent.token)).body[0].authorization).toBe('ACTIVE');
    expect((await uploadIdentity(agent.token, own.body.id)).status).toBe(201);
  });

  it('lets only the SELF account consent or list agents', async () => {
    const person = testPerson({ name: '钱多多' });
    const self = await verifiedLogin(runtime, 'qian-self', person);
    const agent = await verifiedLogin(runtime, 'qian-agent');
    const stranger = await verifiedLogin(runtime, 'qian-stranger');
    const { body } = await createPerson(self.token, person);
    await createPerson(agent.token, { ...person, relationship: 'SPOUSE' });
    const consentBy = (token: string) =>
      invoke(buildConsent(runtime), {
        routeKey: 'POST /v1/persons/{id}/consent',
        pathParameters: { id: body.id },
        token,
        body: { agentUserId: agent.userId },
      });
    // The pending agent knows only their own request: the person's screen is 404 to them too.
    expect((await consentBy(agent.token)).status).toBe(404);
    expect((await consentBy(stranger.token)).status).toBe(404);
  });

  it('joins the existing person for a known ID number, answering as for an unknown one', async () => {
    const person = testPerson({ name: '孙悟空' });
    const first = await verifiedLogin(runtime, 'join-first');
    const second = await verifiedLogin(runtime, 'join-second');
    const created = await createPerson(first.token, { ...person, relationship: 'PARENT' });
    const joined = await createPerson(second.token, { ...person, relationship: 'PARENT' });
    expect(joined.status).toBe(201);
    expect(joined.body.id).toBe(created.body.id);
    const again = await createPerson(second.token, { ...person, relationship: 'PARENT' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(joined.body);
  });

  it('allows one SELF per verified identity: another identity is IDENTITY_MISMATCH', async () => {
    const person = testPerson({ name: '周星星' });
    const owner = await verifiedLogin(runtime, 'self-one', person);
    expect((await createPerson(owner.token, person)).status).toBe(201);
    const other = await verifiedLogin(runtime, 'self-two');
    const second = await createPerson(other.token, person);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('IDENTITY_MISMATCH');
  });

  it.each([
    ['malformed JSON', '{"name": "李', 400, 'MALFORMED_REQUEST'],
    ['a JSON array', '[]', 422, 'VALIDATION_FAILED'],
    ['an empty body', undefined, 422, 'VALIDATION_FAILED'],
  ])('answers %s with the right status', async (_label, body, status, code) => {
    const { token } = await loginAs(runtime, 'bad-body');
    const response = await createPerson(token, body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('lists every invalid field in Chinese (422)', async () => {
    const { token } = await verifiedLogin(runtime, 'bad-fields');
    const response = await createPerson(token, {
      ...testPerson(),
      idNumber: '340302199001011235',
      phone: '12345',
      insuredRegion: '999999',
      relationship: 'FRIEND',
    });
    expect(response.status).toBe(422);
    const fields = response.body.error.fields as Record<string, string>;
    expect(Object.keys(fields).sort()).toEqual([
      'idNumber',
      'insuredRegion',
      'phone',
      'relationship',
    ]);
    for (const message of Object.values(fields)) expect(message).toMatch(/\p{Script=Han}/u);
  });

  it('replays the first response for a repeated Idempotency-Key and refuses another body', async () => {
    const person = testPerson({ name: '吴用' });
    const { token } = await verifiedLogin(runtime, 'idem-user', person);
    const key = '6f1c0c55-5f8e-4f5e-9d5e-1d2b3c4d5e6f';
    const first = await createPerson(token, person, { 'Idempotency-Key': key });
    const replay = await createPerson(token, person, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotent-replay']).toBe('true');
    const reused = await createPerson(
      token,
      { ...person, phone: '13912345678' },
      { 'Idempotency-Key': key },
    );
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('GET /v1/persons', () => {
  it('shows only the caller’s persons; another user’s person id is 404', async () => {
    const self = testPerson({ name: '刘备' });
    const owner = await verifiedLogin(runtime, 'owner', self);
    const other = await loginAs(runtime, 'other');
    const { body } = await createPerson(owner.token, self);
    expect((await listPersons(other.token)).body).toEqual([]);
    const agents = await invoke(buildAgents(runtime), {
      routeKey: 'GET /v1/persons/{id}/agents',
      pathParameters: { id: body.id },
      token: other.token,
    });
    expect(agents.status).toBe(404);
    const material = await uploadIdentity(other.token, body.id);
    expect(material.status).toBe(404);
  });
});
