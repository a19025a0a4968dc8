// Idempotency-Key: the same key with the same body answers what the first request produced and
// writes nothing; the same key with another body is 409 IDEMPOTENCY_KEY_REUSED.
//
// The record of a key is written by the state change's own transaction (ResultRecorder →
// store/transactions.ts), so there is no separate claim write: before the handler one consistent
// read looks for the record and replays it. Twin requests racing past that read both run, but
// only one transaction can put the record; the other fails on it (or is refused by the state its
// twin left) and then finds the record and replays it. A request that fails writes no record, so
// the client may retry with the same key.
//
// A change to an existing filing (its replay names `recordsOnFiling`) keeps its record on the
// history item of the version it writes rather than as an item of its own (store/idempotency):
// the lookup reads the filing's versions instead of the record item; the rest is the same.
//
// The record holds a reference (status code, resource kind + id + version), not the response: a
// replay re-reads the resource for the caller through the route's own read (http/replays.ts),
// with that read's access rules — a caller who lost access since gets what any read gives them
// (404). A resource changed since is shown as it is now (what the client needs next), with the
// first status code; `Idempotent-Replay-Version` names the version this request wrote, so a
// client can tell that the body's `version` moved on.
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
  type ResultReference,
  recordedRequestOf,
} from '../store';
import { jsonResponse } from './respond';
import {
  headerOf,
  type AppContext,
  type HttpEvent,
  type HttpResult,
  type RequestScope,
} from './types';

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

/**
 * How a keyed route's outcome is referenced and re-read (http/replays): the resource its result
 * names, and that resource as the caller may see it now (the route's read, its access rules).
 */
export interface Replay {
  referenceOf(result: unknown, event: HttpEvent): ResultReference;
  read(reference: ResultReference, scope: RequestScope): Promise<unknown>;
  /** The filing whose versions keep the record (a change to an existing filing), if any. */
  recordsOnFiling?: (event: HttpEvent) => string;
}

/** A keyed request that has no record yet: its state change must write one. */
export interface PendingIdempotency {
  claim: IdempotencyClaim;
  nowEpochSeconds: number;
  /** The reference its record will keep, from the service's result. */
  referenceOf(result: unknown): ResultReference;
  /** How a twin's record is answered, should this request lose the race. */
  replay: Replay;
  /** Set when the record goes on the filing's new version, not in an item of its own. */
  onFiling?: string;
}

/** Without an Idempotency-Key there is nothing to record. */
const NOTHING_TO_RECORD: ResultRecorder = { writesFor: () => [] };

/** The recorder of a keyed request: the status code of `respond(result)` and what it names. */
export function resultRecorder(
  /** Absent for a route that takes no key (its recipe has no idempotency store part). */
  repository: Pick<IdempotencyRepository, 'recordWrite'> | undefined,
  pending: PendingIdempotency | undefined,
  respond: (result: unknown) => HttpResult,
): ResultRecorder {
  if (!pending || !repository) return NOTHING_TO_RECORD;
  const statusCodeOf = (result: unknown) => respond(result).statusCode ?? 200;
  if (pending.onFiling !== undefined) {
    let taken = false;
    return {
      requestFor(result) {
        taken = true;
        return recordedRequestOf(pending.claim, statusCodeOf(result));
      },
      // The version's history item is the record: a service that writes without it would
      // lose the record, so that is a bug, not a silent miss.
      writesFor() {
        if (!taken) throw new Error('A keyed filing change records itself on its new version');
        return [];
      },
    };
  }
  return {
    writesFor(result) {
      return [
        repository.recordWrite(
          pending.claim,
          {
            statusCode: statusCodeOf(result),
            resource: pending.referenceOf(result),
          },
          { nowEpochSeconds: pending.nowEpochSeconds, ttlSeconds: TTL_SECONDS },
        ),
      ];
    },
  };
}

/** Written before records held references (their TTL ends within a day of the deploy). */
const RECORDED_WITHOUT_REFERENCE = '这次提交已经处理过，请返回刷新后查看结果。';

/** A recorded answer for this request: the replay; for another body under the key: 409. */
async function answerFrom(
  record: IdempotencyRecord,
  requestHash: string,
  replay: Replay,
  scope: RequestScope,
): Promise<HttpResult> {
  if (record.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  const { outcome } = record;
  if (!outcome)
    throw new AppError('IDEMPOTENCY_KEY_REUSED', { message: RECORDED_WITHOUT_REFERENCE });
  const current = await replay.read(outcome.resource, scope);
  const response = jsonResponse(outcome.statusCode, current);
  return {
    ...response,
    headers: {
      ...response.headers,
      'idempotent-replay': 'true',
      ...(outcome.resource.version !== undefined
        ? { 'idempotent-replay-version': String(outcome.resource.version) }
        : {}),
    },
  };
}

/** The record of `claim`: on the filing's versions, or the record item. */
function recordOf(
  repository: Pick<IdempotencyRepository, 'find' | 'findOnFiling'>,
  claim: Pick<IdempotencyClaim, 'scope' | 'key'>,
  onFiling: string | undefined,
): Promise<IdempotencyRecord | undefined> {
  return onFiling === undefined
    ? repository.find(claim.scope, claim.key)
    : repository.findOnFiling(claim.scope, claim.key, onFiling);
}

export function idempotency(
  mode: IdempotencyMode,
  repository: Pick<IdempotencyRepository, 'find' | 'findOnFiling'>,
  /** Required unless mode is 'none' (route() enforces it). */
  replay?: Replay,
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
      const { event, context } = request;
      // A keyed route without a replay is a wiring bug; route() refuses to build one.
      if (!replay) throw new Error(`No idempotent replay for ${event.routeKey}`);
      const { scope } = context;
      const claim: IdempotencyClaim = {
        scope: scope.caller?.userId ?? 'anonymous',
        key: parsed.data.toLowerCase(),
        requestHash: requestHashOf(event, scope.body),
      };
      const onFiling = replay.recordsOnFiling?.(event);
      const recorded = await recordOf(repository, claim, onFiling);
      if (recorded) return answerFrom(recorded, claim.requestHash, replay, scope);
      scope.idempotency = {
        ...(onFiling !== undefined ? { onFiling } : {}),
        claim,
        nowEpochSeconds: Math.floor(scope.clock.now().getTime() / 1000),
        referenceOf: (result) => replay.referenceOf(result, event),
        replay,
      };
    },
    // A twin may have committed while this request ran: its record, not this request's error,
    // is the answer. Registered last, so this runs before the error envelope is made.
    onError: async (request) => {
      const pending = request.context.scope?.idempotency;
      if (!pending) return;
      let recorded: IdempotencyRecord | undefined;
      try {
        recorded = await recordOf(repository, pending.claim, pending.onFiling);
      } catch {
        // The table is failing (the likely reason the request failed too): the original error
        // goes on to the envelope; throwing here would skip the envelope and the access log.
        return;
      }
      if (recorded) {
        try {
          return await answerFrom(
            recorded,
            pending.claim.requestHash,
            pending.replay,
            request.context.scope,
          );
        } catch (refusal) {
          // A refusal (another body, or the re-read's own 404) must still reach the envelope
          // middleware: it replaces the error, not throws.
          request.error = refusal as Error;
          return;
        }
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
