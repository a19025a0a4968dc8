// What every refusal must look like (docs/api.md "Conventions"): never a 500 for bad input, and
// always {"error": {code, message, …}} with a message (and field messages) in Chinese.
import type { Context } from 'aws-lambda';
import type { LambdaHandler } from '../../src/http/route';
import { apiEvent, type ApiCall, type ApiResponse } from '../support/http';

const CHINESE = /[\u4e00-\u9fff]/;

/** Why `response` is not an acceptable answer to client input, or undefined if it is. */
export function envelopeProblem(response: ApiResponse): string | undefined {
  if (response.status >= 500) return `status ${response.status}: ${JSON.stringify(response.body)}`;
  if (response.status < 400) return undefined;
  const error = (response.body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error || typeof error !== 'object')
    return `no error envelope: ${JSON.stringify(response.body)}`;
  if (Object.keys(response.body as object).length !== 1) return 'members beside "error"';
  if (typeof error.code !== 'string') return 'error.code is not a string';
  if (typeof error.message !== 'string' || !CHINESE.test(error.message)) {
    return `error.message is not Chinese: ${JSON.stringify(error.message)}`;
  }
  const fields = (error.fields ?? {}) as Record<string, unknown>;
  for (const [field, message] of Object.entries(fields)) {
    if (typeof message !== 'string' || !CHINESE.test(message)) {
      return `fields.${field} is not Chinese: ${JSON.stringify(message)}`;
    }
  }
  return undefined;
}

/** Calls a handler with an API Gateway event; JSON bodies parsed, anything else left as text. */
export async function send(handler: LambdaHandler, call: ApiCall): Promise<ApiResponse<unknown>> {
  const result = await handler(apiEvent(call), {} as Context);
  const headers = Object.fromEntries(
    Object.entries(result.headers ?? {}).map(([name, value]) => [
      name.toLowerCase(),
      String(value),
    ]),
  );
  const isJson = (headers['content-type'] ?? 'application/json').includes('json');
  return {
    status: result.statusCode ?? 200,
    headers,
    body: isJson && result.body ? (JSON.parse(result.body) as unknown) : result.body,
  };
}
