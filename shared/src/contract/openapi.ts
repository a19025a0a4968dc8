// The OpenAPI 3.1 document of the API, built from the route contracts and their zod schemas
// (zod 4's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is). Requests are
// described as a client may send them (`io: 'input'`: before defaults), responses as the server
// sends them. Written to docs/openapi.json by shared/scripts/generateOpenApi.ts and served by
// GET /v1/openapi.json; not part of the shared index, so no bundle carries zod's converter.
import * as z from 'zod/mini';
import {
  agentLinkSchema,
  auditEntrySchema,
  errorEnvelopeSchema,
  filingQueueItemSchema,
  filingSchema,
  inboxMessageSchema,
  materialSchema,
  personSchema,
  policyRegionSummarySchema,
} from '../schemas';
import { pathParamNamesOf, type RouteContract } from './define';
import { ROUTES } from './routes';

type JsonSchema = Record<string, unknown>;

/** Response schemas reused by several routes get a name of their own. */
const SHARED_RESPONSE_NAMES: readonly [z.ZodMiniType, string][] = [
  [filingSchema, 'Filing'],
  [personSchema, 'Person'],
  [agentLinkSchema, 'AgentLink'],
  [materialSchema, 'Material'],
  [inboxMessageSchema, 'InboxMessage'],
  [auditEntrySchema, 'AuditEntry'],
  [filingQueueItemSchema, 'FilingQueueItem'],
  [policyRegionSummarySchema, 'PolicyRegionSummary'],
  [errorEnvelopeSchema, 'ErrorEnvelope'],
];

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function withoutMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function jsonSchemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  return withoutMeta(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema);
}

/** Named components for one direction; the registry turns nested named schemas into $refs. */
function componentsOf(entries: readonly [z.ZodMiniType, string][], io: 'input' | 'output') {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of entries) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, withoutMeta(schema as JsonSchema)]),
  );
}

const AUTH_TEXT: Record<RouteContract['auth'], string> = {
  public: 'Public: no token.',
  user: 'Any signed-in account (Bearer token).',
  reviewer: "REVIEWER or ADMIN role, for the reviewer's own regions.",
  admin: 'ADMIN role.',
};

function parametersOf(route: RouteContract): unknown[] {
  const path = pathParamNamesOf(route.path).map((name) => {
    const schema = route.pathParams?.[name];
    if (!schema) throw new Error(`${route.name}: no schema for path parameter {${name}}`);
    return { name, in: 'path', required: true, schema: jsonSchemaOf(schema, 'input') };
  });
  const query = route.query ? jsonSchemaOf(route.query, 'input') : undefined;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  const queryParameters = Object.entries(
    (query?.properties as Record<string, JsonSchema> | undefined) ?? {},
  ).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
  const idempotency =
    route.idempotency === 'none'
      ? []
      : [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: route.idempotency === 'required',
            description:
              'A UUID per intended change: the same key and body replay the first answer; the same key with another body is 409 IDEMPOTENCY_KEY_REUSED.',
            schema: { type: 'string', format: 'uuid' },
          },
        ];
  return [...path, ...queryParameters, ...idempotency];
}

export function openApiDocument(routes: readonly RouteContract[] = ROUTES) {
  const responseNames = new Map<z.ZodMiniType, string>(SHARED_RESPONSE_NAMES);
  for (const route of routes) {
    if (!responseNames.has(route.response.schema)) {
      responseNames.set(route.response.schema, `${pascal(route.name)}Response`);
    }
  }
  const bodyNames = new Map<z.ZodMiniType, string>();
  for (const route of routes) {
    if (route.body && !bodyNames.has(route.body)) {
      bodyNames.set(route.body, `${pascal(route.name)}Body`);
    }
  }
  const schemas = {
    ...componentsOf([...bodyNames], 'input'),
    ...componentsOf([...responseNames], 'output'),
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { response } = route;
    const content = {
      [response.contentType]: { schema: ref(responseNames.get(response.schema)!) },
    };
    const responses: Record<string, unknown> = {
      [response.status]: { description: response.description, content },
      ...(response.alsoStatus
        ? { [response.alsoStatus]: { description: response.description, content } }
        : {}),
      default: {
        description:
          'An error: 400 malformed JSON, 401, 403, 404, 409 (a rule or state refuses), 422 (a field is invalid), 429, 503.',
        content: { 'application/json': { schema: ref('ErrorEnvelope') } },
      },
    };
    const parameters = parametersOf(route);
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.name,
      summary: route.summary,
      description: AUTH_TEXT[route.auth],
      tags: [route.tag],
      ...(route.auth === 'public' ? { security: [] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(bodyNames.get(route.body)!) } },
            },
          }
        : {}),
      responses,
      'x-auth': route.auth,
      'x-idempotency': route.idempotency,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: '异地就医备案 API',
      version: '1.0.0',
      description:
        'Off-site medical care registration. Generated from shared/src/contract (docs/api.md explains it). JSON in and out, UTF-8; dates YYYY-MM-DD in China Standard Time; instants ISO-8601 with offset.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas,
    },
  };
}
