// docs/openapi.json is generated from the contracts: after a schema or route change this fails
// until `npm run generate:openapi -w shared` has been run and its output committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument } from './openapi';
import type { RouteContract } from './define';
import { ROUTES } from './routes';

const DOC_PATH = join(__dirname, '../../../docs/openapi.json');
type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: unknown;
  security?: unknown[];
  responses?: Record<string, unknown>;
};
type Document = ReturnType<typeof openApiDocument> & {
  paths: Record<string, Record<string, Operation>>;
};

describe('docs/openapi.json', () => {
  const generated = openApiDocument() as Document;

  it('is current: equal to what the contracts generate', () => {
    expect(JSON.parse(readFileSync(DOC_PATH, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(generated)),
    );
  });

  it('lists every route once, under its serverless function name', () => {
    const operations = Object.entries(generated.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(
        ([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`,
      ),
    );
    expect(operations.sort()).toEqual(
      ROUTES.map((route) => `${route.method} ${route.path} ${route.name}`).sort(),
    );
    expect(new Set(ROUTES.map((route) => route.name)).size).toBe(ROUTES.length);
  });

  it('resolves every $ref to a component', () => {
    const refs = [
      ...JSON.stringify(generated).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ];
    expect(refs.length).toBeGreaterThan(ROUTES.length);
    for (const [, name] of refs) expect(generated.components.schemas).toHaveProperty([name!]);
  });

  it('marks the Idempotency-Key header as each contract says, and public routes need no token', () => {
    for (const route of ROUTES as readonly RouteContract[]) {
      const op = generated.paths[route.path]![route.method.toLowerCase()]!;
      const header = op.parameters?.find((p) => p.name === 'Idempotency-Key');
      if (route.idempotency === 'none') expect(header).toBeUndefined();
      else expect(header?.required).toBe(route.idempotency === 'required');
      expect(op.security).toEqual(route.auth === 'public' ? [] : undefined);
      expect(Boolean(op.requestBody)).toBe(route.body !== undefined);
    }
  });

  it('documents the request fields the server reads', () => {
    const schemas = generated.components.schemas as Record<string, { properties?: object }>;
    expect(Object.keys(schemas.FilingsSupplementBody?.properties ?? {})).toEqual(
      expect.arrayContaining(['materialIds', 'expectedVersion', 'proofEndDate']),
    );
    expect(Object.keys(schemas.FilingsCreateBody?.properties ?? {})).toEqual(
      expect.arrayContaining(['personId', 'category', 'destination', 'proof', 'proofEndDate']),
    );
    // The wizard's eligibility answers (docs/policy-sources.md §1), parsed by the shared schema.
    const create = schemas.FilingsCreateBody as { properties?: Record<string, unknown> };
    expect(create.properties?.facts).toBeDefined();
    expect(Object.keys(schemas.FilingsAdmissionsBody?.properties ?? {})).toEqual(
      expect.arrayContaining(['expectedVersion', 'hospitalName', 'admissionDate', 'dischargeDate']),
    );
    const calendar = generated.paths['/v1/admin/calendar/{year}']!.put!;
    expect(calendar.parameters?.map((p) => p.name)).toEqual(['year']);
    const queue = generated.paths['/v1/review/queue']!.get!.parameters!.map((p) => p.name);
    expect(queue).toEqual(['region', 'status', 'limit', 'cursor']);
    const exportGet = generated.paths['/v1/review/exports/{exportId}']!.get!;
    expect(exportGet.parameters?.map((p) => p.name)).toEqual(['exportId']);
    expect(Object.keys(generated.paths['/v1/review/export']!.get!.responses!)).toContain('202');
  });
});
