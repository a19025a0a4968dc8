// Every HTTP handler is `route(options, fn)`: the middy stack (scope + access log, error
// envelope, JSON body, clock, auth, idempotency) around a thin function that parses, calls a
// service and responds. `build(runtime)` makes the Lambda handler for a given runtime (tests
// pass their own); `handler` uses the runtime from the environment, created on first call.
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { authenticate } from '../middleware/auth';
import { requestClock } from '../middleware/clock';
import { errorMapper } from '../middleware/errorMapper';
import { idempotency, resultRecorder, type IdempotencyMode } from '../middleware/idempotency';
import { jsonBody } from '../middleware/jsonBody';
import { requestScope } from '../middleware/requestScope';
import type { AppContext, Caller, HttpEvent, HttpResult, RequestScope } from '../middleware/types';
import { runtimeFromEnvironment, type Runtime } from '../runtime';
import type { RouteReplay } from './replays/common';
import type { ResultRecorder, ResultReference } from '../store';
import { AppError } from '../errors';
import { fieldErrorsOf } from '@yidi/shared';

export interface RouteRequest<CALLER extends Caller | undefined> {
  event: HttpEvent;
  runtime: Runtime;
  scope: RequestScope;
  caller: CALLER;
  body: unknown;
  /** Path parameter by name ('' if absent). */
  param(name: string): string;
  /** Query-string parameter by name. */
  query(name: string): string | undefined;
  /**
   * For a state change: the record of its outcome (the status `respond` answers with, and the
   * resource its result names: http/replays.ts), which the service adds to its one transaction.
   * Without an Idempotency-Key it records nothing.
   */
  recorder<RESULT>(respond: (result: RESULT) => HttpResult): ResultRecorder;
}

type RouteFunction<CALLER extends Caller | undefined> = (
  request: RouteRequest<CALLER>,
) => Promise<HttpResult>;

export type RouteOptions = {
  /** Every route except login and the public policy reads. */
  auth: boolean;
} & (
  | { idempotency?: 'none' }
  | {
      idempotency: Exclude<IdempotencyMode, 'none'>;
      /** What the Idempotency-Key's record names and how a retry re-reads it (http/replays). */
      replay: RouteReplay;
    }
);

export type LambdaHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** What the middleware stack enforces; contract.test.ts checks it against the route contract. */
export interface EnforcedOptions {
  auth: boolean;
  idempotency: IdempotencyMode;
}

export interface Route {
  build(runtime: Runtime): LambdaHandler;
  /** The Lambda entry point; it also names the options it enforces. */
  handler: LambdaHandler & { routeOptions: EnforcedOptions };
}

export function route(options: RouteOptions & { auth: true }, fn: RouteFunction<Caller>): Route;
export function route(options: RouteOptions & { auth: false }, fn: RouteFunction<undefined>): Route;
export function route(
  options: RouteOptions,
  fn: RouteFunction<Caller> | RouteFunction<undefined>,
): Route {
  // The overloads tie `auth` to the caller type; the authenticate middleware guarantees it.
  const run = fn as RouteFunction<Caller | undefined>;
  if ((options.idempotency ?? 'none') !== 'none' && !('replay' in options && options.replay)) {
    throw new Error('A route that takes an Idempotency-Key needs its replay (http/replays)');
  }
  const build = (runtime: Runtime): LambdaHandler => {
    const { replay } = options as { replay?: RouteReplay };
    const boundReplay = replay && {
      referenceOf: replay.referenceOf,
      read: (...args: [ResultReference, RequestScope]) => replay.read(runtime, ...args),
    };
    const stack = middy<HttpEvent, HttpResult, Error, AppContext>()
      .use(requestScope(runtime.logger))
      .use(errorMapper())
      .use(jsonBody())
      .use(requestClock({ honourClockHeader: runtime.config.honourClockHeader }))
      .use(options.auth ? [authenticate(runtime.config.jwtSecret)] : [])
      .use(idempotency(options.idempotency ?? 'none', runtime.store.idempotency, boundReplay))
      .handler(async (event, context) =>
        run({
          event,
          runtime,
          scope: context.scope,
          caller: context.scope.caller,
          body: context.scope.body,
          param: (name) => event.pathParameters?.[name] ?? '',
          query: (name) => event.queryStringParameters?.[name],
          // The service passes what it returns, which is what `respond` takes.
          recorder: (respond) =>
            resultRecorder(
              runtime.store.idempotency,
              context.scope.idempotency,
              respond as (result: unknown) => HttpResult,
            ),
        }),
      );
    return (event, context) => stack(event, context as AppContext);
  };
  let fromEnvironment: LambdaHandler | undefined;
  const handler: LambdaHandler = async (event, context) => {
    fromEnvironment ??= build(await runtimeFromEnvironment());
    return fromEnvironment(event, context);
  };
  const routeOptions = { auth: options.auth, idempotency: options.idempotency ?? 'none' };
  return { build, handler: Object.assign(handler, { routeOptions }) };
}

/** Parses a body with a zod schema; failure is 422 VALIDATION_FAILED with Chinese `fields`. */
export function parseBody<SCHEMA extends z.ZodMiniType>(
  schema: SCHEMA,
  body: unknown,
): z.infer<SCHEMA> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', { fields: fieldErrorsOf(result.error) });
  }
  return result.data;
}
