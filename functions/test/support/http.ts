// Calls a handler as API Gateway (HTTP API, payload v2) would, without a network hop.
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { LambdaHandler } from '../../src/http/route';
import type { Runtime } from '../../src/runtime';
import { build as buildLogin } from '../../src/http/auth/login';
import { build as buildVerifyIdentity } from '../../src/http/me/identity';
import { testPerson } from './people';
import type { Role } from '@yidi/shared';

export interface ApiCall {
  /** e.g. 'POST /v1/persons/{id}/consent' */
  routeKey: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is (malformed JSON tests). */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

// Tests read response bodies loosely; the schemas are tested in shared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiResponse<BODY = any> {
  status: number;
  headers: Record<string, string>;
  body: BODY;
}

export function apiEvent(call: ApiCall): APIGatewayProxyEventV2 {
  const [method = 'GET', pathTemplate = '/'] = call.routeKey.split(' ');
  const path = pathTemplate.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(call.pathParameters?.[name] ?? ''),
  );
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  for (const [name, value] of Object.entries(call.headers ?? {}))
    headers[name.toLowerCase()] = value;
  const body =
    call.body === undefined
      ? undefined
      : typeof call.body === 'string'
        ? call.body
        : JSON.stringify(call.body);
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: call.routeKey,
    rawPath: path,
    rawQueryString: new URLSearchParams(call.query ?? {}).toString(),
    headers,
    ...(call.query ? { queryStringParameters: call.query } : {}),
    ...(call.pathParameters ? { pathParameters: call.pathParameters } : {}),
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'test.local',
      domainPrefix: 'test',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: randomUUID(),
      routeKey: call.routeKey,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
  };
}

export function lambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'test',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:test',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/test',
    logStreamName: 'test',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function invoke<BODY = any>(
  handler: LambdaHandler,
  call: ApiCall,
): Promise<ApiResponse<BODY>> {
  const result = await handler(apiEvent(call), lambdaContext());
  const headers = Object.fromEntries(
    Object.entries(result.headers ?? {}).map(([name, value]) => [name, String(value)]),
  );
  return {
    status: result.statusCode ?? 200,
    headers,
    body: result.body ? (JSON.parse(result.body) as BODY) : (undefined as BODY),
  };
}

/** Dev login through the real handler; returns the token and the user id. */
export async function loginAs(
  runtime: Runtime,
  devUser: string,
  extra: { roles?: Role[]; regions?: string[] } = {},
): Promise<{ token: string; userId: string }> {
  const response = await invoke(buildLogin(runtime), {
    routeKey: 'POST /v1/auth/login',
    body: { provider: 'dev', devUser, ...extra },
  });
  if (response.status !== 200) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
  return { token: response.body.token, userId: response.body.user.id };
}

/**
 * Real-name verification through the real handler with the dev stand-in (test stage only).
 * Without `who`, a made-up identity of the account's own (enough to act for others).
 */
export async function verifyAs(
  runtime: Runtime,
  token: string,
  who: { name: string; idNumber: string } = testPerson({ name: '核验人' }),
): Promise<void> {
  const response = await invoke(buildVerifyIdentity(runtime), {
    routeKey: 'POST /v1/me/identity',
    token,
    body: { provider: 'dev', name: who.name, idNumber: who.idNumber },
  });
  if (response.status !== 200) throw new Error(`verify failed: ${JSON.stringify(response.body)}`);
}

/** A dev login whose identity is verified (as `who`, or as someone of its own). */
export async function verifiedLogin(
  runtime: Runtime,
  devUser: string,
  who?: { name: string; idNumber: string },
  extra: { roles?: Role[]; regions?: string[] } = {},
): Promise<{ token: string; userId: string }> {
  const session = await loginAs(runtime, devUser, extra);
  await verifyAs(runtime, session.token, who);
  return session;
}
