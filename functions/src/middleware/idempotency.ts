// Idempotency-Key: the same key with the same body returns the first response and writes
// nothing; the same key with another body is 409 IDEMPOTENCY_KEY_REUSED. A conditional Put claims
// the key before the handler runs (so two concurrent retries cannot both write); the response is
// stored after success; a failed request releases its claim so the client may retry.
import { createHash } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import { idempotencyKeySchema } from '@yidi/shared';
import { AppError } from '../errors';
import type { IdempotencyRepository } from '../store';
import { headerOf, type AppContext, type HttpEvent, type HttpResult } from './types';

export type IdempotencyMode = 'required' | 'optional' | 'none';

const TTL_SECONDS = 24 * 3600;
const IN_PROGRESS_TIMEOUT_SECONDS = 60;

/** Key order does not change the meaning of a JSON body, so it does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHashOf(event: HttpEvent, body: unknown): string {
  return createHash('sha256')
    .update(event.routeKey ?? '')
    .update('\n')
    .update(canonicalJson(event.pathParameters ?? {}))
    .update('\n')
    .update(canonicalJson(body ?? null))
    .digest('hex');
}

interface Claim {
  scope: string;
  key: string;
}

export function idempotency(
  mode: IdempotencyMode,
  repository: IdempotencyRepository,
): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  const claims = new WeakMap<object, Claim>();
  return {
    before: async (request) => {
      if (mode === 'none') return;
      const header = headerOf(request.event, 'idempotency-key');
      if (!header) {
        if (mode === 'optional') return;
        throw new AppError('VALIDATION_FAILED', {
          fields: { 'Idempotency-Key': '缺少提交编号（Idempotency-Key），请重新提交' },
        });
      }
      const parsed = idempotencyKeySchema.safeParse(header);
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', {
          fields: { 'Idempotency-Key': parsed.error.issues[0]?.message ?? '提交编号不正确' },
        });
      }
      const { caller, clock, body } = request.context.scope;
      const claim = { scope: caller?.userId ?? 'anonymous', key: parsed.data.toLowerCase() };
      const started = await repository.start({
        ...claim,
        requestHash: requestHashOf(request.event, body),
        nowEpochSeconds: Math.floor(clock.now().getTime() / 1000),
        inProgressTimeoutSeconds: IN_PROGRESS_TIMEOUT_SECONDS,
        ttlSeconds: TTL_SECONDS,
      });
      switch (started.outcome) {
        case 'STARTED':
          claims.set(request, claim);
          return;
        case 'REPLAY':
          return {
            statusCode: started.response.statusCode,
            headers: { ...started.response.headers, 'idempotent-replay': 'true' },
            body: started.response.body,
          };
        case 'KEY_REUSED':
          throw new AppError('IDEMPOTENCY_KEY_REUSED');
        case 'IN_PROGRESS':
          throw new AppError('TOO_MANY_REQUESTS', {
            message: '这次提交正在处理中，请稍后刷新查看。',
          });
      }
    },
    after: async (request) => {
      const claim = claims.get(request);
      const response = request.response;
      if (!claim || !response) return;
      await repository.complete(claim.scope, claim.key, {
        statusCode: response.statusCode ?? 200,
        headers: Object.fromEntries(
          Object.entries(response.headers ?? {}).map(([name, value]) => [name, String(value)]),
        ),
        body: response.body ?? '',
      });
    },
    onError: async (request) => {
      const claim = claims.get(request);
      if (claim) await repository.release(claim.scope, claim.key);
    },
  };
}
