// What a route is, once, for every side: the handler's options and types (functions/src/http),
// the mini-program's typed client, the OpenAPI document (docs/openapi.json) and the check that
// serverless.yml declares exactly these routes. Plain data: no I/O, no Lambda, no Taro.
import type * as z from 'zod/mini';

/**
 * Who may call: `public` needs no token; `user` any signed-in account; `reviewer` a REVIEWER or
 * ADMIN (region scoping is the service's); `admin` an ADMIN. The middleware authenticates; the
 * role and region checks stay in the services that own them.
 */
export type RouteAuth = 'public' | 'user' | 'reviewer' | 'admin';

/** The `Idempotency-Key` header: required (state changes of docs/api.md), optional, or not read. */
export type RouteIdempotency = 'required' | 'optional' | 'none';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

export interface RouteResponse {
  /** 202: accepted, the work runs as a job (the body says where to ask for its result). */
  status: 200 | 201 | 202;
  /** Another success status the route may answer with the same body (e.g. 200 for a replay). */
  alsoStatus?: 200 | 201;
  description: string;
  contentType: 'application/json' | 'text/csv';
  schema: z.ZodMiniType;
}

export interface RouteContract {
  /** The serverless.yml function that serves it; also the OpenAPI operationId. */
  name: string;
  method: HttpMethod;
  /** API Gateway's path syntax, `{param}` for path parameters. */
  path: `/v1/${string}`;
  summary: string;
  /** Section of docs/api.md (and OpenAPI tag). */
  tag:
    | 'Identity'
    | 'Persons'
    | 'Policies'
    | 'Materials'
    | 'Filings'
    | 'Claims'
    | 'Review'
    | 'Admin'
    | 'Meta';
  auth: RouteAuth;
  idempotency: RouteIdempotency;
  /** One string schema per `{param}` of the path. */
  pathParams?: Record<string, z.ZodMiniType<string>>;
  /** An object schema over the query-string parameters (each a string on the wire). */
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  response: RouteResponse;
}

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;
type Input<S> = S extends z.ZodMiniType ? z.input<S> : undefined;

/** The parsed body the handler gets (defaults applied, values normalised). */
export type BodyOf<C extends RouteContract> = Infer<C['body']>;
/** What a client may send (before defaults). */
export type BodyInputOf<C extends RouteContract> = Input<C['body']>;
export type QueryOf<C extends RouteContract> = Infer<C['query']>;
export type QueryInputOf<C extends RouteContract> = Input<C['query']>;
export type ResponseOf<C extends RouteContract> = z.infer<C['response']['schema']>;
export type PathParamsOf<C extends RouteContract> = {
  [K in keyof NonNullable<C['pathParams']>]: string;
};

/** `/v1/filings/{id}` with `{id: 'a/b'}` → `/v1/filings/a%2Fb`. */
export function pathOf(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{([A-Za-z]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/** `{id}`, `{filingId}` … in the order the path names them. */
export function pathParamNamesOf(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1] as string);
}
