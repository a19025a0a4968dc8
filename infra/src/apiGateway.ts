// What API Gateway's HTTP API (payload format 2.0) does around a Lambda, as the local API server
// reproduces it: the event it builds from a request, its CORS answers from serverless.yml's
// `provider.httpApi.cors`, its payload limit and its own error answers. Each with a test
// (apiGateway.test.ts, apiServer.test.ts); AWS's "Working with AWS Lambda proxy integrations for
// HTTP APIs" and "Configuring CORS for an HTTP API" describe the behaviour.
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import type { HttpApiCors } from './routes';

/** HTTP API's maximum request payload; larger requests are answered 413 without invoking. */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

/** API Gateway's own answers carry `{"message": …}`, not the application's error envelope. */
export const GATEWAY_ANSWERS = {
  notFound: { status: 404, message: 'Not Found' },
  tooLarge: { status: 413, message: 'Request Entity Too Large' },
  internal: { status: 500, message: 'Internal Server Error' },
} as const;

export interface IncomingRequest {
  method: string;
  /** The request target as sent: path and query, still percent-encoded. */
  target: string;
  /** Node's rawHeaders: name, value, name, value … as received. */
  rawHeaders: string[];
  httpVersion: string;
  sourceIp: string;
}

/** The path API Gateway routes on and puts in `rawPath`: percent-decoded; undefined if malformed. */
export function decodedPath(target: string): string | undefined {
  const path = target.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Headers lower-cased, a repeated header's values joined with commas; cookies leave the headers
 * for `cookies`, one entry per cookie.
 */
export function headersOf(rawHeaders: string[]): {
  headers: Record<string, string>;
  cookies: string[];
} {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index]!.toLowerCase();
    const value = rawHeaders[index + 1]!;
    if (name === 'cookie') {
      cookies.push(
        ...value
          .split(';')
          .map((cookie) => cookie.trim())
          .filter(Boolean),
      );
      continue;
    }
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return { headers, cookies };
}

/** Decoded names and values; a repeated parameter's values joined with commas, in order. */
export function queryParametersOf(rawQueryString: string): Record<string, string> | undefined {
  if (rawQueryString === '') return undefined;
  const parameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  }
  return parameters;
}

export function toEvent(
  request: IncomingRequest,
  route: { method: string; path: string },
  matched: { path: string; pathParameters: Record<string, string> },
  body: Buffer,
  requestId: string,
  now = Date.now(),
): APIGatewayProxyEventV2 {
  const { headers, cookies } = headersOf(request.rawHeaders);
  const question = request.target.indexOf('?');
  const rawQueryString = question < 0 ? '' : request.target.slice(question + 1);
  const queryStringParameters = queryParametersOf(rawQueryString);
  const routeKey = `${route.method} ${route.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: matched.path,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    ...(Object.keys(matched.pathParameters).length > 0
      ? { pathParameters: matched.pathParameters }
      : {}),
    // Every route here is JSON: the body as text (a binary media type would be base64).
    ...(body.length > 0 ? { body: body.toString('utf8') } : {}),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: request.method,
        path: matched.path,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.sourceIp,
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

/** The answer to the client: what the function returned, as API Gateway maps it (format 2.0). */
export interface GatewayResponse {
  status: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

export function responseOf(result: APIGatewayProxyResultV2): GatewayResponse {
  // A result without statusCode is not a structured answer: API Gateway sends it as JSON, 200.
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      cookies: [],
      body: Buffer.from(typeof result === 'string' ? result : JSON.stringify(result)),
    };
  }
  const structured = result as APIGatewayProxyStructuredResultV2;
  const headers = Object.fromEntries(
    Object.entries(structured.headers ?? {}).map(([name, value]) => [
      name.toLowerCase(),
      String(value),
    ]),
  );
  const text = structured.body ?? '';
  return {
    status: structured.statusCode ?? 200,
    headers,
    cookies: structured.cookies ?? [],
    body: Buffer.from(text, structured.isBase64Encoded ? 'base64' : 'utf8'),
  };
}

export function gatewayAnswer(answer: { status: number; message: string }): GatewayResponse {
  return {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
    cookies: [],
    body: Buffer.from(JSON.stringify({ message: answer.message })),
  };
}

const lower = (values: string[]) => values.map((value) => value.toLowerCase());

/** The origin this request may be answered for, or undefined (then no CORS headers at all). */
function allowedOrigin(cors: HttpApiCors, origin: string | undefined): string | undefined {
  if (!origin) return undefined;
  if (cors.allowedOrigins.includes('*')) return '*';
  return lower(cors.allowedOrigins).includes(origin.toLowerCase()) ? origin : undefined;
}

/**
 * A browser's preflight (OPTIONS with Origin and Access-Control-Request-Method): with CORS
 * configured, API Gateway answers it itself, 204, whatever the routes; with the CORS headers only
 * when origin, method and requested headers are all allowed. Undefined: not a preflight.
 */
export function preflightAnswer(
  cors: HttpApiCors | undefined,
  method: string,
  headers: Record<string, string>,
): GatewayResponse | undefined {
  const requestedMethod = headers['access-control-request-method'];
  if (!cors || method !== 'OPTIONS' || !headers.origin || !requestedMethod) return undefined;
  const answer: GatewayResponse = { status: 204, headers: {}, cookies: [], body: Buffer.alloc(0) };
  const origin = allowedOrigin(cors, headers.origin);
  const methods = cors.allowedMethods.map((allowed) => allowed.toUpperCase());
  const requestedHeaders = (headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const allowedHeaders = lower(cors.allowedHeaders);
  const headersAllowed =
    allowedHeaders.includes('*') || requestedHeaders.every((name) => allowedHeaders.includes(name));
  const methodAllowed = methods.includes('*') || methods.includes(requestedMethod.toUpperCase());
  if (!origin || !methodAllowed || !headersAllowed) return answer;
  answer.headers = {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': cors.allowedMethods.join(','),
    'access-control-allow-headers': cors.allowedHeaders.join(','),
    ...(cors.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    ...(cors.maxAge !== undefined ? { 'access-control-max-age': String(cors.maxAge) } : {}),
  };
  return answer;
}

/**
 * Any other answer to an allowed origin carries allow-origin (and expose/credentials when
 * configured); CORS headers the function set itself are dropped, as API Gateway ignores them.
 */
export function withCors(
  cors: HttpApiCors | undefined,
  requestHeaders: Record<string, string>,
  response: GatewayResponse,
): GatewayResponse {
  if (!cors) return response;
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !name.startsWith('access-control-')),
  );
  const origin = allowedOrigin(cors, requestHeaders.origin);
  if (origin) {
    headers['access-control-allow-origin'] = origin;
    if (cors.allowCredentials) headers['access-control-allow-credentials'] = 'true';
    if (cors.exposedResponseHeaders?.length) {
      headers['access-control-expose-headers'] = cors.exposedResponseHeaders.join(',');
    }
  }
  return { ...response, headers };
}
