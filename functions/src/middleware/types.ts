import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { Role } from '@yidi/shared';
import type { Clock } from '../clock';
import type { Logger } from './logging';
import type { PendingIdempotency } from './idempotency';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = Exclude<APIGatewayProxyResultV2, string>;

export interface Caller {
  userId: string;
  roles: Role[];
  regions: string[];
}

/** What the middleware stack hands the route: parsed body, verified caller, this request's clock. */
export interface RequestScope {
  body: unknown;
  caller?: Caller;
  clock: Clock;
  logger: Logger;
  /** Set when the request carries an Idempotency-Key not yet recorded. */
  idempotency?: PendingIdempotency;
}

export type AppContext = Context & { scope: RequestScope };

/** Lowercased header lookup (API Gateway v2 lowercases, other callers may not). */
export function headerOf(event: HttpEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
