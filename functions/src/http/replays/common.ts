// What an Idempotency-Key's record keeps for a keyed route, and how a retry re-reads it
// (middleware/idempotency). The record names the resource the change produced (kind, id,
// version); the retry reads that resource as the caller may see it now, through the same service
// and access rules as the resource's own read — so the record holds no personal data, and a
// caller who lost access meanwhile gets the read's 404. Every keyed route names its replay in
// its route options (one module per kind here, so a bundle carries only its own reader).
import { AppError } from '../../errors';
import type { HttpEvent, RequestScope } from '../../middleware/types';
import type { Runtime } from '../../runtime';
import type { ResultReference } from '../../store';

/** A keyed route's replay: what its record names, and how a retry re-reads it. */
export interface RouteReplay<R = Runtime> {
  /** The resource the service's result names (its id, its version if it has one). */
  referenceOf(result: unknown, event: HttpEvent): ResultReference;
  /** That resource as the caller may see it now (the read's own access rules). */
  read: (runtime: R, reference: ResultReference, scope: RequestScope) => Promise<unknown>;
  /**
   * A change to an existing filing: the filing (from the path) whose new version keeps the
   * request's record, instead of a record item (store/idempotency).
   */
  recordsOnFiling?: (event: HttpEvent) => string;
}

/** The verified caller of a keyed route (every keyed route is authenticated). */
export function callerOf(scope: RequestScope) {
  if (!scope.caller) throw new AppError('NOT_FOUND');
  return scope.caller;
}

export const pathParameter = (event: HttpEvent, name: string) => event.pathParameters?.[name] ?? '';

/** Resource ids made of parts (an agent's link: person and agent) join them with '#'. */
const SEPARATOR = '#';

export const joinedId = (...parts: string[]) => parts.join(SEPARATOR);

export function partsOf(reference: ResultReference, count: 2): [string, string];
export function partsOf(reference: ResultReference, count: 3): [string, string, string];
export function partsOf(reference: ResultReference, count: number): string[] {
  const parts = reference.id.split(SEPARATOR);
  if (parts.length !== count || parts.some((part) => part === '')) {
    throw new Error(`Malformed ${reference.kind} reference`);
  }
  return parts;
}
