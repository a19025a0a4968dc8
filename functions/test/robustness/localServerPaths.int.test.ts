// The local API server (infra/src/apiServer.ts) decodes path parameters: malformed
// percent-encoding names no resource, so it is 404 with the error envelope, and the server
// keeps serving.
import { join } from 'node:path';
import { startApiServer } from '../../../infra/src/apiServer';
import { freePort } from '../../../infra/src/ports';
import { envelopeProblem } from './envelope';

const HANDLER = join(__dirname, '..', '..', 'src', 'http', 'materials', 'get');

let server: Awaited<ReturnType<typeof startApiServer>>;
beforeAll(async () => {
  server = await startApiServer({
    port: await freePort(),
    host: '127.0.0.1',
    routes: [
      {
        functionName: 'materialsGet',
        method: 'GET',
        path: '/v1/materials/{id}',
        modulePath: HANDLER,
        exportName: 'handler',
      },
    ],
  });
});
afterAll(() => server.stop());

it.each(['%E4%B8', '%zz', '%', 'abc%E0%A4%A', '%C0%AF', '%ED%A0%80'])(
  'GET /v1/materials/%s (malformed encoding) is 404 with the envelope',
  async (segment) => {
    const response = await fetch(
      `${server.url.replace('localhost', '127.0.0.1')}/v1/materials/${segment}`,
    );
    const body = (await response.json()) as unknown;
    expect(response.status).toBe(404);
    expect(
      envelopeProblem({ status: 404, body } as Parameters<typeof envelopeProblem>[0]),
    ).toBeUndefined();
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  },
);

it('the server still answers after malformed paths', async () => {
  const response = await fetch(`${server.url.replace('localhost', '127.0.0.1')}/v1/materials/x`, {
    method: 'OPTIONS',
  });
  expect(response.status).toBe(204);
});
