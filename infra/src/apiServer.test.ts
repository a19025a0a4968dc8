// The local API over real HTTP: API Gateway's v2.0 event, CORS, payload limit and own answers
// (echoHandler.ts shows what a function receives), and the functions served from the esbuild
// bundles built with serverless.yml's settings.
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { MAX_PAYLOAD_BYTES } from './apiGateway';
import { startApiServer } from './apiServer';
import { buildBundles, type BuiltBundles } from './bundles';
import { freePort } from './ports';
import {
  loadServerlessConfig,
  type HttpApiCors,
  type HttpRoute,
  type ServerlessConfig,
} from './routes';
import * as echo from '../test/echoHandler';

const ECHO = join(__dirname, '..', 'test', 'echoHandler');
const route = (method: string, path: string, exportName = 'handler'): HttpRoute => ({
  functionName: 'echo',
  method,
  path,
  modulePath: ECHO,
  exportName,
});
const wechatOnly: HttpApiCors = {
  allowedOrigins: ['https://servicewechat.com'],
  allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'X-Clock'],
  allowedMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** node:http, not fetch: the test controls the raw path and repeated headers. */
function send(
  base: string,
  options: { method?: string; path: string; headers?: [string, string][]; body?: Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        // Raw pairs keep repeated headers apart; Node's server requires Host.
        headers: [['Host', url.host], ...(options.headers ?? [])].flat(),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

describe('API Gateway in front of a function', () => {
  let server: Awaited<ReturnType<typeof startApiServer>>;
  let base: string;
  beforeAll(async () => {
    const port = await freePort();
    server = await startApiServer({
      port,
      cors: wechatOnly,
      routes: [
        route('GET', '/v1/echo/{id}/items/{code}'),
        route('POST', '/v1/echo'),
        route('GET', '/v1/failing', 'failing'),
      ],
    });
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => server.stop());

  const event = async (options: Parameters<typeof send>[1]) => {
    const answer = await send(base, options);
    expect(answer.status).toBe(200);
    return JSON.parse(answer.text) as {
      rawPath: string;
      rawQueryString: string;
      headers: Record<string, string>;
      cookies?: string[];
      queryStringParameters?: Record<string, string>;
      pathParameters?: Record<string, string>;
      bodyBytes: number;
    };
  };

  it('joins a repeated query parameter with commas (v2.0 has no multi-value fields)', async () => {
    const received = await event({ path: '/v1/echo/a/items/b?status=A&status=B&q=%E6%9D%8E' });
    expect(received.queryStringParameters).toEqual({ status: 'A,B', q: '李' });
    expect(received.rawQueryString).toBe('status=A&status=B&q=%E6%9D%8E');
  });

  it('decodes path parameters and the path', async () => {
    const received = await event({ path: '/v1/echo/%E5%90%88%20%E8%82%A5/items/x%40y' });
    expect(received.pathParameters).toEqual({ id: '合 肥', code: 'x@y' });
    expect(received.rawPath).toBe('/v1/echo/合 肥/items/x@y');
  });

  it.each(['a%2Fb', '%E4%B8', '%zz', '%', 'abc%E0%A4%A'])(
    'GET /v1/echo/%s/items/b names no route: 404 {"message":"Not Found"}',
    async (segment) => {
      const answer = await send(base, { path: `/v1/echo/${segment}/items/b` });
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.text)).toEqual({ message: 'Not Found' });
    },
  );

  it('lower-cases headers, joins repeated ones, and passes cookies as `cookies`', async () => {
    const received = await event({
      path: '/v1/echo/a/items/b',
      headers: [
        ['X-Clock', '2027-03-01T10:00:00+08:00'],
        ['X-Forwarded-For', '10.0.0.1'],
        ['X-Forwarded-For', '10.0.0.2'],
        ['Cookie', 'a=1; b=2'],
      ],
    });
    expect(received.headers['x-clock']).toBe('2027-03-01T10:00:00+08:00');
    expect(received.headers['x-forwarded-for']).toBe('10.0.0.1,10.0.0.2');
    expect(received.headers.cookie).toBeUndefined();
    expect(received.cookies).toEqual(['a=1', 'b=2']);
  });

  it('answers set-cookie for each of the cookies the function returns', async () => {
    const answer = await send(base, { path: '/v1/echo/a/items/b' });
    expect(answer.headers['set-cookie']).toEqual(['session=1; HttpOnly', 'theme=dark']);
  });

  it('takes a body of 10 MB and refuses one byte more with 413, without invoking', async () => {
    const json = [['content-type', 'application/json']] as [string, string][];
    const atLimit = await event({
      method: 'POST',
      path: '/v1/echo',
      headers: json,
      body: Buffer.alloc(MAX_PAYLOAD_BYTES, 'a'),
    });
    expect(atLimit.bodyBytes).toBe(MAX_PAYLOAD_BYTES);
    const before = echo.invocations;
    const over = await send(base, {
      method: 'POST',
      path: '/v1/echo',
      headers: json,
      body: Buffer.alloc(MAX_PAYLOAD_BYTES + 1, 'a'),
    });
    expect(over.status).toBe(413);
    expect(JSON.parse(over.text)).toEqual({ message: 'Request Entity Too Large' });
    expect(echo.invocations).toBe(before);
  });

  it('answers the preflight itself for an allowed origin, and nothing CORS for another', async () => {
    const preflight = (origin: string) =>
      send(base, {
        method: 'OPTIONS',
        path: '/v1/echo',
        headers: [
          ['Origin', origin],
          ['Access-Control-Request-Method', 'POST'],
          ['Access-Control-Request-Headers', 'content-type,authorization,idempotency-key'],
        ],
      });
    const allowed = await preflight('https://servicewechat.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': 'https://servicewechat.com',
      'access-control-allow-methods': 'GET,POST,PUT,OPTIONS',
      'access-control-allow-headers': 'Content-Type,Authorization,Idempotency-Key,X-Clock',
    });
    const other = await preflight('https://evil.example');
    expect(other.status).toBe(204);
    expect(Object.keys(other.headers).filter((name) => name.startsWith('access-control'))).toEqual(
      [],
    );
    // Without Origin it is an ordinary OPTIONS request, and no route has that method.
    expect((await send(base, { method: 'OPTIONS', path: '/v1/echo' })).status).toBe(404);
  });

  it("sends the configured allow-origin, never the function's own", async () => {
    const allowed = await send(base, {
      path: '/v1/echo/a/items/b',
      headers: [['Origin', 'https://servicewechat.com']],
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://servicewechat.com');
    const other = await send(base, {
      path: '/v1/echo/a/items/b',
      headers: [['Origin', 'https://evil.example']],
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a function that throws with 500 {"message":"Internal Server Error"}', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await send(base, { path: '/v1/failing' });
    error.mockRestore();
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.text)).toEqual({ message: 'Internal Server Error' });
    // And keeps serving.
    expect((await send(base, { path: '/v1/echo/a/items/b' })).status).toBe(200);
  });
});

describe('the functions as serverless.yml bundles them', () => {
  let config: ServerlessConfig;
  let bundles: BuiltBundles;
  let server: Awaited<ReturnType<typeof startApiServer>>;
  let base: string;
  beforeAll(async () => {
    process.env.STAGE = 'test';
    config = await loadServerlessConfig('test');
    // The public policy reads need no table: two functions are enough to show the bundles run.
    bundles = await buildBundles({
      ...config,
      routes: config.routes.filter((r) =>
        ['regionsList', 'regionsPolicy'].includes(r.functionName),
      ),
    });
    const port = await freePort();
    server = await startApiServer({ port, routes: bundles.routes, cors: config.cors });
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    bundles.remove();
  });

  it('builds each function minified, with its source map and the AWS SDK left out', () => {
    for (const bundle of bundles.routes) {
      const code = readFileSync(bundle.bundlePath!, 'utf8');
      expect(existsSync(`${bundle.bundlePath}.map`)).toBe(true);
      expect(code.split('\n').length).toBeLessThan(20);
      expect(code).toContain('require("@aws-sdk/');
    }
  });

  it('serves the bundles with the stage CORS of serverless.yml (test: any origin)', async () => {
    const list = await send(base, { path: '/v1/regions', headers: [['Origin', 'http://x']] });
    expect(list.status).toBe(200);
    expect(list.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(list.text)).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: '340100', name: '合肥市' })]),
    );
    const policy = await send(base, { path: '/v1/regions/340100/policy' });
    expect(policy.status).toBe(200);
    const unknown = await send(base, { path: '/v1/regions/999999/policy' });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it("answers a browser's preflight for each method of the served routes (PUT included)", async () => {
    const methods = [...new Set(config.routes.map((r) => r.method))];
    expect(methods).toContain('PUT');
    for (const method of methods) {
      const preflight = await send(base, {
        method: 'OPTIONS',
        path: '/v1/admin/calendar/2027',
        headers: [
          ['Origin', 'http://localhost:10086'],
          ['Access-Control-Request-Method', method],
          ['Access-Control-Request-Headers', 'authorization,content-type,idempotency-key'],
        ],
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('*');
      expect(String(preflight.headers['access-control-allow-methods']).split(',')).toContain(
        method,
      );
    }
  });
});
