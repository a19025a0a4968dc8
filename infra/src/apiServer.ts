// The local API: an HTTP server that does what API Gateway's HTTP API does in front of the
// Lambdas (apiGateway.ts: the v2.0 event, CORS from serverless.yml, the 10 MB limit, its own
// 404/413/500 answers) and invokes, in this process, each function's esbuild bundle — the code
// `osls package` zips (bundles.ts). Chosen over `osls offline` (infra/README.md): it starts in a
// few seconds instead of ~30, and its API Gateway behaviour is ours to test. A route without a
// bundle (tests, the bench) runs the handler's TypeScript source instead.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import {
  decodedPath,
  GATEWAY_ANSWERS,
  gatewayAnswer,
  headersOf,
  MAX_PAYLOAD_BYTES,
  preflightAnswer,
  responseOf,
  toEvent,
  withCors,
  type GatewayResponse,
} from './apiGateway';
import type { HttpApiCors, HttpRoute } from './routes';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

interface CompiledRoute extends HttpRoute {
  pattern: RegExp;
  parameterNames: string[];
}

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

/**
 * The body, or 'tooLarge' past API Gateway's limit (declared or streamed); the rest of a refused
 * upload is read and dropped, so the client still gets its 413 on an open connection.
 */
function readBody(request: IncomingMessage): Promise<Buffer | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > MAX_PAYLOAD_BYTES) {
      request.resume();
      return resolve('tooLarge');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the chunks are dropped (the data keeps flowing until the end).
      if (size > MAX_PAYLOAD_BYTES) {
        chunks.length = 0;
        return resolve('tooLarge');
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
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

async function loadHandler(route: HttpRoute): Promise<Handler> {
  // A bundle is CommonJS (serverless-esbuild's format for platform node), required like Lambda does.
  const module = (
    route.bundlePath
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(route.bundlePath)
      : await import(`${route.modulePath}.ts`)
  ) as Record<string, unknown>;
  const handler = module[route.exportName];
  if (typeof handler !== 'function') {
    throw new Error(`${route.bundlePath ?? route.modulePath} exports no ${route.exportName}`);
  }
  return handler as Handler;
}

function send(response: ServerResponse, answer: GatewayResponse, requestId: string): void {
  response.writeHead(answer.status, {
    ...answer.headers,
    ...(answer.cookies.length > 0 ? { 'set-cookie': answer.cookies } : {}),
    'apigw-requestid': requestId,
  });
  response.end(answer.body);
}

export async function startApiServer(options: {
  port: number;
  host?: string;
  routes: HttpRoute[];
  /** provider.httpApi.cors of the stage; without it no CORS headers, as API Gateway does. */
  cors?: HttpApiCors | undefined;
}): Promise<{ url: string; server: Server; stop(): Promise<void> }> {
  const routes = options.routes.map(compile);
  // One module per function, loaded on its first request (a cold start), then kept (warm).
  const handlers = new Map<string, Promise<Handler>>();
  const load = (route: CompiledRoute) => {
    const key = route.bundlePath ?? `${route.modulePath}#${route.exportName}`;
    if (!handlers.has(key)) handlers.set(key, loadHandler(route));
    return handlers.get(key)!;
  };

  const answer = async (request: IncomingMessage, requestId: string): Promise<GatewayResponse> => {
    const path = decodedPath(request.url ?? '/');
    let matched: { route: CompiledRoute; parameters: Record<string, string> } | undefined;
    // Routing is on the decoded path: `%2F` is a `/`, so it cannot sit inside a parameter.
    for (const route of path === undefined ? [] : routes) {
      if (route.method !== request.method) continue;
      const match = route.pattern.exec(path!);
      if (!match) continue;
      const parameters = route.parameterNames.map((name, index) => [name, match[index + 1]!]);
      matched = { route, parameters: Object.fromEntries(parameters) as Record<string, string> };
      break;
    }
    if (!matched) {
      request.resume();
      return gatewayAnswer(GATEWAY_ANSWERS.notFound);
    }
    const body = await readBody(request);
    if (body === 'tooLarge') {
      return {
        ...gatewayAnswer(GATEWAY_ANSWERS.tooLarge),
        headers: { 'content-type': 'application/json', connection: 'close' },
      };
    }
    try {
      const handler = await load(matched.route);
      const event = toEvent(
        {
          method: request.method ?? 'GET',
          target: request.url ?? '/',
          rawHeaders: request.rawHeaders,
          httpVersion: request.httpVersion,
          sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        },
        matched.route,
        { path: path!, pathParameters: matched.parameters },
        body,
        requestId,
      );
      return responseOf(await handler(event, lambdaContext(matched.route.functionName, requestId)));
    } catch (error) {
      // A function that throws (or fails to load) is API Gateway's 500, its details in the log.
      console.error(`local API: ${matched.route.functionName} failed:`, error);
      return gatewayAnswer(GATEWAY_ANSWERS.internal);
    }
  };

  const server = createServer((request, response) => {
    const requestId = randomUUID();
    const { headers } = headersOf(request.rawHeaders);
    const preflight = preflightAnswer(options.cors, request.method ?? 'GET', headers);
    if (preflight) {
      request.resume();
      return send(response, preflight, requestId);
    }
    void answer(request, requestId)
      .catch((error: unknown) => {
        console.error('local API:', error);
        return gatewayAnswer(GATEWAY_ANSWERS.internal);
      })
      .then((result) => {
        // API Gateway's CORS headers on every answer to an allowed origin, its own errors too.
        send(response, withCors(options.cors, headers, result), requestId);
      });
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
