// Random bodies against every request schema: parsing never throws, and every refusal reaches
// the user as Chinese, field by field (what a 422 carries).
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { loginBodySchema } from './auth';
import { containsChinese, fieldErrorsOf } from './errors';
import {
  cancellationBodySchema,
  changeBodySchema,
  createFilingBodySchema,
  extensionBodySchema,
  filingListQuerySchema,
  supplementBodySchema,
} from './filingRequests';
import { createMaterialBodySchema } from './material';
import { createPersonBodySchema } from './person';
import {
  reviewDecisionBodySchema,
  reviewExportQuerySchema,
  reviewQueueQuerySchema,
} from './review';
import * as examples from './testExamples';

const REQUEST_SCHEMAS: Array<[string, z.ZodMiniType, unknown]> = [
  ['createPerson', createPersonBodySchema, examples.validCreatePerson],
  ['createMaterial', createMaterialBodySchema, examples.validCreateMaterial],
  ['createFiling', createFilingBodySchema, examples.validCreateFiling],
  ['createFiling (referral)', createFilingBodySchema, examples.validReferralFiling],
  ['supplement', supplementBodySchema, examples.validSupplement],
  ['change', changeBodySchema, examples.validChange],
  ['cancellation', cancellationBodySchema, examples.validCancellation],
  ['extension', extensionBodySchema, examples.validExtension],
  ['reviewDecision', reviewDecisionBodySchema, examples.validReviewReturn],
  ['login (wechat)', loginBodySchema, examples.validWechatLogin],
  ['login (dev)', loginBodySchema, examples.validDevLogin],
  ['filingListQuery', filingListQuerySchema, { personId: 'per_1', status: 'ACTIVE' }],
  ['reviewQueueQuery', reviewQueueQuerySchema, { region: '340300' }],
  ['reviewExportQuery', reviewExportQuerySchema, { region: '340300', category: 'REFERRAL' }],
];

/** Values that sit near the edges of our fields, mixed with fully random JSON. */
const nearMiss = fc.constantFrom<unknown>(
  '',
  ' ',
  '0',
  'X',
  '340300',
  '340311',
  '2026-02-29',
  '2026-12-01',
  '11010519491231002X',
  '11010519491231002x',
  '110105194912310021',
  '13812345678',
  '0551-12345678',
  'a'.repeat(64),
  '张'.repeat(40),
  'MATERIALS',
  'COMMITMENT',
  'RETURN',
  'dev',
  0,
  -1,
  1.5,
  10 * 1024 * 1024 + 1,
  Number.MAX_SAFE_INTEGER,
  true,
  false,
  null,
  [],
  {},
  ['m1', 'm1'],
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), nearMiss);

/** Every path to a value inside a JSON body (objects and arrays), the root excluded. */
function pathsOf(
  value: unknown,
  prefix: Array<string | number> = [],
): Array<Array<string | number>> {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [
      [...prefix, index],
      ...pathsOf(item, [...prefix, index]),
    ]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

const REMOVE = Symbol('remove');

/** A deep copy of `body` with the value at `path` replaced (or removed). */
function mutate(body: unknown, path: Array<string | number>, replacement: unknown): unknown {
  const copy: unknown = structuredClone(body);
  let parent = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1))
    parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === REMOVE) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

function expectSafeChineseOutcome(schema: z.ZodMiniType, input: unknown): void {
  let result: ReturnType<typeof schema.safeParse> | undefined;
  expect(() => {
    result = schema.safeParse(input);
  }).not.toThrow();
  if (!result || result.success) return;
  for (const issue of result.error.issues) expect(containsChinese(issue.message)).toBe(true);
  const messages = Object.values(fieldErrorsOf(result.error));
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(containsChinese(message)).toBe(true);
}

describe.each(REQUEST_SCHEMAS)('%s schema under random input', (_name, schema, validBody) => {
  it('accepts its valid example (the mutations start from a good body)', () => {
    expect(schema.safeParse(validBody).success).toBe(true);
  });

  it('never throws on random JSON, and refuses in Chinese', () => {
    fc.assert(
      fc.property(anyValue, (input) => expectSafeChineseOutcome(schema, input)),
      { numRuns: 150 },
    );
  });

  it('never throws, and refuses in Chinese, when one field of a valid body is replaced or removed', () => {
    const paths = pathsOf(validBody);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(anyValue, fc.constant<unknown>(REMOVE)),
        (path, replacement) =>
          expectSafeChineseOutcome(schema, mutate(validBody, path, replacement)),
      ),
      { numRuns: 200 },
    );
  });

  it('never throws, and refuses in Chinese, on objects of its own keys with random values', () => {
    const keys = Object.keys(validBody as object);
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), anyValue, {
          maxKeys: keys.length + 2,
        }),
        (input) => expectSafeChineseOutcome(schema, input),
      ),
      { numRuns: 150 },
    );
  });
});
