// A handler written against its route contract (shared/src/contract): the middleware options
// come from the contract's auth and idempotency, the body and query arrive parsed by its schemas
// (422 with Chinese `fields` otherwise), and `respond` only takes what its response schema
// describes, with its status. The same stack as `route()`; handlers move over one at a time.
import type { BodyOf, QueryOf, ResponseOf, RouteContract } from '@yidi/shared';
import { jsonResponse } from '../middleware/respond';
import type { Caller, HttpResult } from '../middleware/types';
import type { RouteReplay } from './replays/common';
import { parseBody, route, type Route, type RouteOptions, type RouteRequest } from './route';

type CallerOf<C extends RouteContract> = C['auth'] extends 'public' ? undefined : Caller;

export interface ContractRequest<C extends RouteContract> extends Omit<
  RouteRequest<CallerOf<C>>,
  'body' | 'query'
> {
  body: BodyOf<C>;
  query: QueryOf<C>;
  /** The contract's success answer (`response.status`) with a body of its response type. */
  respond(result: ResponseOf<C>): HttpResult;
}

type KeyOptions = DistributiveOmit<RouteOptions, 'auth'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A keyed contract (Idempotency-Key) also names its replay (http/replays). */
type ReplayArgument<C extends RouteContract> = C['idempotency'] extends 'none'
  ? []
  : [replay: RouteReplay];

export function contractRoute<C extends RouteContract>(
  contract: C,
  fn: (request: ContractRequest<C>) => Promise<HttpResult>,
  ...[replay]: ReplayArgument<C>
): Route {
  const respond = (result: ResponseOf<C>) => jsonResponse(contract.response.status, result);
  const run = async (request: RouteRequest<Caller | undefined>) => {
    const body = contract.body ? parseBody(contract.body, request.body) : undefined;
    const query = contract.query
      ? parseBody(
          contract.query,
          // An empty parameter (`?region=`) counts as absent, as the hand-written handlers did.
          Object.fromEntries(
            Object.keys(contract.query.shape).map((name) => [
              name,
              request.query(name) || undefined,
            ]),
          ),
        )
      : undefined;
    return fn({ ...request, body, query, respond } as unknown as ContractRequest<C>);
  };
  // route() refuses a keyed route without its replay (only an untyped caller could omit it).
  const options: KeyOptions =
    contract.idempotency === 'none'
      ? { idempotency: 'none' }
      : { idempotency: contract.idempotency, replay: replay as RouteReplay };
  // `route`'s overloads tie auth to the caller type; CallerOf<C> does the same here.
  return contract.auth === 'public'
    ? route({ ...options, auth: false }, run)
    : route({ ...options, auth: true }, run);
}
