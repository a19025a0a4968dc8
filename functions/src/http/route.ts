// What every HTTP handler is and gets: the request a handler function receives, the Lambda
// handler it becomes, and the body parser. Handlers are written with `contractRoute`
// (contractRoute.ts), which builds the middleware stack from the route's contract.
import type { Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { IdempotencyMode } from '../middleware/idempotency';
import type { Caller, HttpEvent, HttpResult, RequestScope } from '../middleware/types';
import type { AnyRuntimeRecipe, Runtime } from '../runtime';
import type { ResultRecorder } from '../store';
import { AppError } from '../errors';
import { fieldErrorsOf } from '@yidi/shared';

export interface RouteRequest<CALLER extends Caller | undefined, R = Runtime> {
  event: HttpEvent;
  /** The function's runtime: the store parts and adapters its recipe names. */
  runtime: R;
  scope: RequestScope;
  caller: CALLER;
  body: unknown;
  /** Path parameter by name ('' if absent). */
  param(name: string): string;
  /** Query-string parameter by name. */
  query(name: string): string | undefined;
  /**
   * For a state change: the record of its response (answered with `respond`), which the service
   * adds to its one transaction. Without an Idempotency-Key it records nothing.
   */
  recorder<RESULT>(respond: (result: RESULT) => HttpResult): ResultRecorder;
}

export type LambdaHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** What the middleware stack enforces; contract.test.ts checks it against the route contract. */
export interface EnforcedOptions {
  /** Every route except login and the public policy reads. */
  auth: boolean;
  idempotency: IdempotencyMode;
}

export interface Route {
  build(runtime: Runtime): LambdaHandler;
  /**
   * The Lambda entry point; it also names the options it enforces and what its runtime is made
   * of (runtime/recipes.ts), which it composes from the stage on its first call.
   */
  handler: LambdaHandler & { routeOptions: EnforcedOptions; recipe: AnyRuntimeRecipe };
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
