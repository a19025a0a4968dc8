// A handler written against its route contract (shared/src/contract): the middleware options
// come from the contract's auth and idempotency, the body and query arrive parsed by its schemas
// (422 with Chinese `fields` otherwise), and `respond` only takes what its response schema
// describes, with its status. The same stack as `route()`; handlers move over one at a time.
import type { BodyOf, QueryOf, ResponseOf, RouteContract } from '@yidi/shared';
import { jsonResponse } from '../middleware/respond';
import type { Caller, HttpResult } from '../middleware/types';
import { parseBody, route, type Route, type RouteRequest } from './route';

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

export function contractRoute<C extends RouteContract>(
  contract: C,
  fn: (request: ContractRequest<C>) => Promise<HttpResult>,
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
  const options = { idempotency: contract.idempotency };
  // `route`'s overloads tie auth to the caller type; CallerOf<C> does the same here.
  return contract.auth === 'public'
    ? route({ ...options, auth: false }, run)
    : route({ ...options, auth: true }, run);
}
