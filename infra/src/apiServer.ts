// A small HTTP server that turns requests into API Gateway v2 (HTTP API) events and invokes the
// same handler modules serverless.yml routes to, in this process. Lighter and quicker to start
// than `osls offline` (no bundling per function), and a handler module that does not exist yet
// answers 501 instead of stopping the stack.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { HttpRoute } from './routes';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

interface CompiledRoute extends HttpRoute {
  pattern: RegExp;
  parameterNames: string[];
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Content-Type, Authorization, Idempotency-Key, X-Clock',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

function compile(route: HttpRoute): CompiledRoute {
  const parameterNames: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const match = /^\{(\w+)\}$/.exec(segment);
      if (!match?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      parameterNames.push(match[1]);
      return '([^/]+)';
    })
    .join('/');
  return { ...route, pattern: new RegExp(`^${source}/?$`), parameterNames };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function lambdaContext(functionName: string, requestId: string): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export function toEvent(
  request: IncomingMessage,
  route: CompiledRoute,
  url: URL,
  pathParameters: Record<string, string>,
  body: string,
  requestId: string,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined)
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query = Object.fromEntries(url.searchParams.entries());
  const routeKey = `${route.method} ${route.path}`;
  const now = Date.now();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    ...(route.parameterNames.length > 0 ? { pathParameters } : {}),
    ...(body ? { body } : {}),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
  };
}

export async function startApiServer(options: {
  port: number;
  host?: string;
  routes: HttpRoute[];
}): Promise<{ url: string; server: Server; stop(): Promise<void> }> {
  const routes = options.routes.map(compile);
  const handlers = new Map<string, Promise<Handler | undefined>>();
  const load = (route: CompiledRoute) => {
    const cacheKey = `${route.modulePath}#${route.exportName}`;
    if (!handlers.has(cacheKey)) {
      handlers.set(
        cacheKey,
        existsSync(`${route.modulePath}.ts`)
          ? import(`${route.modulePath}.ts`).then(
              (module: Record<string, unknown>) => module[route.exportName] as Handler | undefined,
            )
          : Promise.resolve(undefined),
      );
    }
    return handlers.get(cacheKey)!;
  };

  const decodedSegment = (segment: string): string | undefined => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return undefined;
    }
  };

  const server = createServer(async (request, response) => {
    const send = (status: number, headers: Record<string, string>, body: string) => {
      response.writeHead(status, { ...CORS_HEADERS, ...headers });
      response.end(body);
    };
    try {
      const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
      if (request.method === 'OPTIONS') return send(204, {}, '');
      let matched: { route: CompiledRoute; parameters: Record<string, string> } | undefined;
      for (const route of routes) {
        if (route.method !== request.method) continue;
        const match = route.pattern.exec(url.pathname);
        if (!match) continue;
        const decoded = route.parameterNames.map((name, index) => [
          name,
          decodedSegment(match[index + 1] ?? ''),
        ]);
        // '%E4%B8' or '%zz' names nothing: no route, like any unknown path (404, not a crash).
        if (decoded.some(([, value]) => value === undefined)) break;
        matched = { route, parameters: Object.fromEntries(decoded) as Record<string, string> };
        break;
      }
      const json = { 'content-type': 'application/json; charset=utf-8' };
      if (!matched) {
        return send(
          404,
          json,
          JSON.stringify({ error: { code: 'NOT_FOUND', message: '没有这个接口。' } }),
        );
      }
      const handler = await load(matched.route);
      if (!handler) {
        return send(
          501,
          json,
          JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: '此功能尚未上线。' } }),
        );
      }
      const requestId = randomUUID();
      const event = toEvent(
        request,
        matched.route,
        url,
        matched.parameters,
        await readBody(request),
        requestId,
      );
      const result = await handler(event, lambdaContext(matched.route.functionName, requestId));
      const headers = Object.fromEntries(
        Object.entries(result.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      send(result.statusCode ?? 200, headers, result.body ?? '');
    } catch (error) {
      console.error('local API adapter:', error);
      send(
        500,
        { 'content-type': 'application/json; charset=utf-8' },
        JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: '系统繁忙，请稍后再试。' } }),
      );
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  return {
    url: `http://localhost:${options.port}`,
    server,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
