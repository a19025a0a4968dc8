// Logs never carry a full ID number, a phone number or a name, even when a request fails in an
// unexpected way; and no request path reads the table with a Scan.
import { build as buildLogin } from '../src/http/auth/login';
import { build as buildMe } from '../src/http/me/get';
import { build as buildCreateMaterial } from '../src/http/materials/create';
import { build as buildGetMaterial } from '../src/http/materials/get';
import { build as buildAgents } from '../src/http/persons/agents';
import { build as buildConsent } from '../src/http/persons/consent';
import { build as buildCreatePerson } from '../src/http/persons/create';
import { build as buildListPersons } from '../src/http/persons/list';
import { createLogger } from '../src/middleware/logging';
import type { Runtime } from '../src/runtime';
import { createDocumentClient, createStore } from '../src/store';
import { invoke, loginAs, verifyAs } from './support/http';
import { testPerson } from './support/people';
import { testRuntime } from './support/testRuntime';

/** Everything the logger writes (info to stdout, errors to stderr). */
function captureOutput(): { lines: () => string; restore: () => void } {
  const chunks: string[] = [];
  const record = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(record),
    jest.spyOn(process.stderr, 'write').mockImplementation(record),
  ];
  return { lines: () => chunks.join(''), restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

describe('log redaction', () => {
  it('keeps ID numbers, phones and names out of the logs, and 500s say nothing internal', async () => {
    const base = await testRuntime();
    const person = testPerson({ name: '欧阳修' });
    const failingRuntime: Runtime = {
      ...base,
      logger: createLogger({ level: 'DEBUG' }),
      store: {
        ...base.store,
        persons: {
          ...base.store.persons,
          findIdByIdNumberHash: async () => {
            throw new Error(
              `lookup failed for ${person.idNumber} (${person.name}, ${person.phone})`,
            );
          },
        },
      },
    };
    const { token } = await loginAs(base, 'log-user');
    await verifyAs(base, token, person);
    const capture = captureOutput();
    let failed;
    let validation;
    try {
      failed = await invoke(buildCreatePerson(failingRuntime), {
        routeKey: 'POST /v1/persons',
        token,
        body: person,
      });
      validation = await invoke(buildCreatePerson(failingRuntime), {
        routeKey: 'POST /v1/persons',
        token,
        body: { ...person, phone: 'not a phone' },
      });
      failingRuntime.logger.info('explicit', {
        name: person.name,
        contact: { phone: person.phone },
      });
    } finally {
      capture.restore();
    }
    expect(failed.status).toBe(500);
    expect(failed.body.error).toEqual({
      code: 'INTERNAL_ERROR',
      message: expect.stringMatching(/系统/),
    });
    expect(JSON.stringify(failed.body)).not.toMatch(/lookup|stack|Error/);
    expect(validation.status).toBe(422);

    const logged = capture.lines();
    expect(logged).toContain('unexpected error'); // the failure was logged …
    expect(logged).toContain('[REDACTED]'); // … with the personal data taken out
    for (const secret of [person.idNumber, person.phone, person.name]) {
      expect(logged).not.toContain(secret);
    }
  });
});

describe('no Scan on request paths', () => {
  it('serves every identity, person and material route with key reads and writes only', async () => {
    const base = await testRuntime();
    const documentClient = createDocumentClient({
      tableName: base.config.tableName,
      region: base.config.region,
      endpoint: base.config.dynamoEndpoint,
    });
    const commands = new Set<string>();
    const send = documentClient.send.bind(documentClient);
    documentClient.send = ((command: { constructor: { name: string } }, ...rest: unknown[]) => {
      commands.add(command.constructor.name);
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as typeof documentClient.send;
    const runtime: Runtime = {
      ...base,
      store: createStore(
        {
          tableName: base.config.tableName,
          region: base.config.region,
          encryptionKey: base.config.idEncryptionKey,
        },
        documentClient,
      ),
    };

    const self = await invoke(buildLogin(runtime), {
      routeKey: 'POST /v1/auth/login',
      body: { provider: 'dev', devUser: 'scan-self' },
    });
    const agent = await loginAs(runtime, 'scan-agent');
    const person = testPerson({ name: '曹操' });
    await verifyAs(runtime, self.body.token, person);
    await verifyAs(runtime, agent.token);
    const created = await invoke(buildCreatePerson(runtime), {
      routeKey: 'POST /v1/persons',
      token: self.body.token,
      body: person,
      headers: { 'Idempotency-Key': '0f8fad5b-d9cb-469f-a165-70867728950e' },
    });
    await invoke(buildCreatePerson(runtime), {
      routeKey: 'POST /v1/persons',
      token: agent.token,
      body: { ...person, relationship: 'CHILD' },
    });
    const id = created.body.id;
    await invoke(buildListPersons(runtime), { routeKey: 'GET /v1/persons', token: agent.token });
    await invoke(buildMe(runtime), { routeKey: 'GET /v1/me', token: agent.token });
    await invoke(buildAgents(runtime), {
      routeKey: 'GET /v1/persons/{id}/agents',
      pathParameters: { id },
      token: self.body.token,
    });
    await invoke(buildConsent(runtime), {
      routeKey: 'POST /v1/persons/{id}/consent',
      pathParameters: { id },
      token: self.body.token,
      body: { agentUserId: agent.userId },
    });
    const material = await invoke(buildCreateMaterial(runtime), {
      routeKey: 'POST /v1/materials',
      token: agent.token,
      body: {
        personId: id,
        docType: 'IDENTITY',
        contentType: 'image/png',
        size: 9,
        sha256: 'e'.repeat(64),
      },
    });
    await invoke(buildGetMaterial(runtime), {
      routeKey: 'GET /v1/materials/{id}',
      pathParameters: { id: material.body.id },
      token: agent.token,
    });
    documentClient.destroy();

    expect(material.status).toBe(201);
    expect(commands.size).toBeGreaterThan(3);
    expect([...commands].filter((name) => /Scan/.test(name))).toEqual([]);
    const allowed = [
      'GetCommand',
      'PutCommand',
      'UpdateCommand',
      'DeleteCommand',
      'QueryCommand',
      'TransactWriteCommand',
      'BatchGetCommand',
    ];
    expect([...commands].filter((name) => !allowed.includes(name))).toEqual([]);
  });
});
