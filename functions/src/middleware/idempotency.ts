// Idempotency-Key: the same key with the same body returns the first response and writes
// nothing; the same key with another body is 409 IDEMPOTENCY_KEY_REUSED.
//
// The record of a key is written by the state change's own transaction (ResultRecorder →
// store/transactions.ts), so there is no separate claim write: before the handler one consistent
// read looks for the record and replays it. Twin requests racing past that read both run, but
// only one transaction can put the record; the other fails on it (or is refused by the state its
// twin left) and then finds the record and replays it. A request that fails writes no record, so
// the client may retry with the same key.
import { createHash } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import { idempotencyKeySchema } from '@yidi/shared';
import { AppError } from '../errors';
import {
  IdempotencyKeyTakenError,
  type IdempotencyClaim,
  type IdempotencyRecord,
  type IdempotencyRepository,
  type ResultRecorder,
} from '../store';
import { headerOf, type AppContext, type HttpEvent, type HttpResult } from './types';

export type IdempotencyMode = 'required' | 'optional' | 'none';

const TTL_SECONDS = 24 * 3600;

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

/** A keyed request that has no record yet: its state change must write one. */
export interface PendingIdempotency {
  claim: IdempotencyClaim;
  nowEpochSeconds: number;
}

/** Without an Idempotency-Key there is nothing to record. */
const NOTHING_TO_RECORD: ResultRecorder = { writesFor: () => [] };

/** The recorder of a keyed request: its response (`respond(result)`) as the record. */
export function resultRecorder(
  repository: Pick<IdempotencyRepository, 'recordWrite'>,
  pending: PendingIdempotency | undefined,
  respond: (result: unknown) => HttpResult,
): ResultRecorder {
  if (!pending) return NOTHING_TO_RECORD;
  return {
    writesFor(result) {
      const response = respond(result);
      return [
        repository.recordWrite(
          pending.claim,
          {
            statusCode: response.statusCode ?? 200,
            headers: Object.fromEntries(
              Object.entries(response.headers ?? {}).map(([name, value]) => [name, String(value)]),
            ),
            body: response.body ?? '',
          },
          { nowEpochSeconds: pending.nowEpochSeconds, ttlSeconds: TTL_SECONDS },
        ),
      ];
    },
  };
}

/** A recorded answer for this request: the replay; for another body under the key: 409. */
function answerFrom(record: IdempotencyRecord, requestHash: string): HttpResult | AppError {
  if (record.requestHash !== requestHash) return new AppError('IDEMPOTENCY_KEY_REUSED');
  return {
    statusCode: record.response.statusCode,
    headers: { ...record.response.headers, 'idempotent-replay': 'true' },
    body: record.response.body,
  };
}

export function idempotency(
  mode: IdempotencyMode,
  repository: Pick<IdempotencyRepository, 'find'>,
): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
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
      const { scope } = request.context;
      const claim: IdempotencyClaim = {
        scope: scope.caller?.userId ?? 'anonymous',
        key: parsed.data.toLowerCase(),
        requestHash: requestHashOf(request.event, scope.body),
      };
      const recorded = await repository.find(claim.scope, claim.key);
      if (recorded) {
        const answer = answerFrom(recorded, claim.requestHash);
        if (answer instanceof AppError) throw answer;
        return answer;
      }
      scope.idempotency = {
        claim,
        nowEpochSeconds: Math.floor(scope.clock.now().getTime() / 1000),
      };
    },
    // A twin may have committed while this request ran: its record, not this request's error,
    // is the answer. Registered last, so this runs before the error envelope is made.
    onError: async (request) => {
      const pending = request.context.scope?.idempotency;
      if (!pending) return;
      let recorded: IdempotencyRecord | undefined;
      try {
        recorded = await repository.find(pending.claim.scope, pending.claim.key);
      } catch {
        // The table is failing (the likely reason the request failed too): the original error
        // goes on to the envelope; throwing here would skip the envelope and the access log.
        return;
      }
      if (recorded) {
        const answer = answerFrom(recorded, pending.claim.requestHash);
        if (!(answer instanceof AppError)) return answer;
        // A refusal must still reach the envelope middleware: it replaces the error, not throws.
        request.error = answer;
        return;
      }
      if (request.error instanceof IdempotencyKeyTakenError) {
        // The record vanished between the failed write and this read (its TTL): ask for a retry.
        request.error = new AppError('TOO_MANY_REQUESTS', {
          message: '这次提交正在处理中，请稍后刷新查看。',
        });
      }
    },
  };
}
