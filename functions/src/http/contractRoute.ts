// Every HTTP handler is `contractRoute(contract, fn)`, written against its route contract
// (shared/src/contract): the middy stack (scope + access log, error envelope, JSON body, clock,
// auth, idempotency) with the contract's auth and idempotency, the body and query parsed by its
// schemas (422 with Chinese `fields` otherwise), and `respond` taking only what its response
// schema describes, with its status. `build(runtime)` makes the Lambda handler for a given
// runtime (tests pass their own); `handler` uses the runtime from the environment, created on
// first call.
import middy from '@middy/core';
import type { BodyOf, QueryOf, ResponseOf, RouteContract } from '@yidi/shared';
import type * as z from 'zod/mini';
import { authenticate } from '../middleware/auth';
import { requestClock } from '../middleware/clock';
import { errorMapper } from '../middleware/errorMapper';
import { idempotency, resultRecorder } from '../middleware/idempotency';
import { jsonBody } from '../middleware/jsonBody';
import { requestScope } from '../middleware/requestScope';
import { jsonResponse } from '../middleware/respond';
import type { AppContext, Caller, HttpEvent, HttpResult, RequestScope } from '../middleware/types';
import {
  runtimeFromEnvironment,
  type AdapterName,
  type RuntimeRecipe,
  type RuntimeWith,
} from '../runtime';
import type { ResultReference, Store } from '../store';
import type { RouteReplay } from './replays/common';
import { parseBody, type LambdaHandler, type Route, type RouteRequest } from './route';

type CallerOf<C extends RouteContract> = C['auth'] extends 'public' ? undefined : Caller;

/** The contract's success status, or its other one (e.g. 200 for an existing person). */
type StatusOf<C extends RouteContract> =
  C['response']['status'] | NonNullable<C['response']['alsoStatus']>;

export interface ContractRequest<C extends RouteContract, R = RuntimeWith<never>> extends Omit<
  RouteRequest<CallerOf<C>, R>,
  'body' | 'query'
> {
  body: BodyOf<C>;
  query: QueryOf<C>;
  /** The contract's success answer (`response.status` unless told) with its response type. */
  respond(result: ResponseOf<C>, status?: StatusOf<C>): HttpResult;
}

export interface ContractRouteOptions<
  C extends RouteContract,
  K extends keyof Store,
  A extends AdapterName,
> {
  /**
   * The store parts and adapters the function uses (runtime/recipes.ts): its bundle carries
   * those and nothing else.
   */
  runtime: RuntimeRecipe<K, A>;
  /**
   * The contract's body schema made for this request, where a check depends on the request's
   * clock (X-Clock in local/test): e.g. a birth date not after "today".
   */
  bodyFor?: (scope: RequestScope) => z.ZodMiniType<BodyOf<C>>;
}

/** A keyed contract (Idempotency-Key) also names its replay (http/replays). */
type RouteOptions<
  C extends RouteContract,
  K extends keyof Store,
  A extends AdapterName,
> = ContractRouteOptions<C, K, A> &
  (C['idempotency'] extends 'none'
    ? { replay?: never }
    : { replay: RouteReplay<NoInfer<RuntimeWith<K, A>>> });

export function contractRoute<
  C extends RouteContract,
  K extends keyof Store = never,
  A extends AdapterName = never,
>(
  contract: C,
  fn: (request: ContractRequest<C, RuntimeWith<K, A>>) => Promise<HttpResult>,
  options: RouteOptions<C, K, A>,
): Route {
  const { replay } = options as { replay?: RouteReplay<RuntimeWith<K, A>> };
  // The types demand it; this catches an untyped caller.
  if (contract.idempotency !== 'none' && !replay) {
    throw new Error('A route that takes an Idempotency-Key needs its replay (http/replays)');
  }
  const respond = (result: ResponseOf<C>, status?: StatusOf<C>) =>
    jsonResponse(status ?? contract.response.status, result);
  const auth = contract.auth !== 'public';
  const build = (runtime: RuntimeWith<K, A>): LambdaHandler => {
    const records = (runtime.store as Partial<Store>).idempotency;
    if (contract.idempotency !== 'none' && !records) {
      throw new Error(`${contract.method} ${contract.path}: its recipe needs the idempotency part`);
    }
    const boundReplay = replay && {
      referenceOf: replay.referenceOf,
      ...(replay.recordsOnFiling ? { recordsOnFiling: replay.recordsOnFiling } : {}),
      read: (...args: [ResultReference, RequestScope]) => replay.read(runtime, ...args),
    };
    const stack = middy<HttpEvent, HttpResult, Error, AppContext>()
      .use(requestScope(runtime.logger))
      .use(errorMapper())
      .use(jsonBody())
      .use(requestClock({ honourClockHeader: runtime.config.honourClockHeader }))
      .use(auth ? [authenticate(runtime.config.jwtSecret)] : [])
      .use(records ? [idempotency(contract.idempotency, records, boundReplay)] : [])
      .handler(async (event, context) => {
        const { scope } = context;
        const bodySchema = options.bodyFor?.(scope) ?? contract.body;
        const query = (name: string) => event.queryStringParameters?.[name];
        const request: ContractRequest<C, RuntimeWith<K, A>> = {
          event,
          runtime,
          scope,
          // The authenticate middleware guarantees a caller on every non-public route.
          caller: scope.caller as CallerOf<C>,
          body: (bodySchema ? parseBody(bodySchema, scope.body) : undefined) as BodyOf<C>,
          query: (contract.query
            ? parseBody(
                contract.query,
                // An empty parameter (`?region=`) counts as absent.
                Object.fromEntries(
                  Object.keys(contract.query.shape).map((name) => [name, query(name) || undefined]),
                ),
              )
            : undefined) as QueryOf<C>,
          param: (name) => event.pathParameters?.[name] ?? '',
          respond,
          // The service passes what it returns, which is what `respond` takes.
          recorder: (answer) =>
            resultRecorder(records, scope.idempotency, answer as (result: unknown) => HttpResult),
        };
        return fn(request);
      });
    return (event, context) => stack(event, context as AppContext);
  };
  let fromEnvironment: LambdaHandler | undefined;
  const handler: LambdaHandler = async (event, context) => {
    fromEnvironment ??= build(await runtimeFromEnvironment(options.runtime));
    return fromEnvironment(event, context);
  };
  const routeOptions = { auth, idempotency: contract.idempotency };
  return { build, handler: Object.assign(handler, { routeOptions, recipe: options.runtime }) };
}
