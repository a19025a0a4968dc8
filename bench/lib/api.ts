// Calls a handler built for a runtime as API Gateway would (functions/test/support/http.ts),
// with the test harness's conventions: a fresh Idempotency-Key on every POST, X-Clock on demand.
import { randomUUID } from 'node:crypto';
import type { LambdaHandler } from '../../functions/src/http/route';
import type { Runtime } from '../../functions/src/runtime';
import { apiEvent, lambdaContext, type ApiResponse } from '../../functions/test/support/http';

export interface BenchCall {
  token?: string;
  body?: unknown;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** "YYYY-MM-DD": X-Clock at 10:00 China time that day. */
  on?: string;
}

/** The response body parsed when it is JSON, else as sent (the export's CSV). */
export async function callRoute(
  runtime: Runtime,
  build: (runtime: Runtime) => LambdaHandler,
  routeKey: string,
  options: BenchCall = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (options.on) headers['x-clock'] = `${options.on}T10:00:00+08:00`;
  if (routeKey.startsWith('POST ')) headers['idempotency-key'] = randomUUID();
  const event = apiEvent({
    routeKey,
    headers,
    ...(options.token ? { token: options.token } : {}),
    ...(options.body === undefined ? {} : { body: options.body }),
    ...(options.params ? { pathParameters: options.params } : {}),
    ...(options.query ? { query: options.query } : {}),
  });
  const result = await build(runtime)(event, lambdaContext());
  const responseHeaders = Object.fromEntries(
    Object.entries(result.headers ?? {}).map(([name, value]) => [name, String(value)]),
  );
  const json = (responseHeaders['content-type'] ?? 'application/json').includes('json');
  return {
    status: result.statusCode ?? 200,
    headers: responseHeaders,
    body: result.body && json ? JSON.parse(result.body) : result.body,
  };
}
