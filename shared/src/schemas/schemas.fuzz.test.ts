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
  [
    'createFiling (proof end date)',
    createFilingBodySchema,
    { ...examples.validCreateFiling, proofEndDate: '2027-11-30' },
  ],
  [
    'createFiling (emergency)',
    createFilingBodySchema,
    {
      ...examples.validCreateFiling,
      category: 'EMERGENCY',
      emergency: {
        admissionDate: '2026-11-28',
        hospitalName: '复旦大学附属中山医院',
        discharged: false,
      },
    },
  ],
  [
    'change (proof end date)',
    changeBodySchema,
    { ...examples.validChange, proofEndDate: '2027-06-30' },
  ],
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

/** Strings that look like dates but name no day in the calendar. */
const INVALID_DATES = [
  '2026-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '9999-99-99',
  '0000-00-00',
  '2026-1-1',
  '2026/01/01',
  '20260101',
  '2026-01-01T00:00:00Z',
  ' 2026-01-01',
  'abc',
];
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Paths of every string leaf of a body, with its value. */
function stringLeavesOf(body: unknown): Array<[Array<string | number>, string]> {
  return pathsOf(body).flatMap((path) => {
    let value: unknown = body;
    for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
    return typeof value === 'string' ? [[path, value] as [Array<string | number>, string]] : [];
  });
}

const CONTROL_CHARACTERS = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u2028',
];

describe.each(REQUEST_SCHEMAS)('%s schema, field by field', (_name, schema, validBody) => {
  const strings = stringLeavesOf(validBody);
  const dates = strings.filter(([, value]) => DATE_SHAPE.test(value));

  it('an invalid calendar date in any date field is refused on that field, never thrown', () => {
    for (const [path] of dates) {
      for (const invalid of INVALID_DATES) {
        const input = mutate(validBody, path, invalid);
        expectSafeChineseOutcome(schema, input);
        const result = schema.safeParse(input);
        expect({ path, invalid, success: result.success }).toEqual({
          path,
          invalid,
          success: false,
        });
        if (!result.success)
          expect(Object.keys(fieldErrorsOf(result.error))).toContain(path.join('.'));
      }
    }
  });

  it('a control character inside any string is refused, never thrown', () => {
    for (const [path, value] of strings) {
      for (const control of CONTROL_CHARACTERS) {
        const middle = Math.max(1, Math.floor(value.length / 2));
        const input = mutate(
          validBody,
          path,
          value.slice(0, middle) + control + value.slice(middle),
        );
        expectSafeChineseOutcome(schema, input);
        expect({ path, control, success: schema.safeParse(input).success }).toEqual({
          path,
          control,
          success: false,
        });
      }
    }
  });
});

it('the field-by-field cases cover every date field of the filing bodies', () => {
  const datePaths = REQUEST_SCHEMAS.flatMap(([, , body]) =>
    stringLeavesOf(body)
      .filter(([, value]) => DATE_SHAPE.test(value))
      .map(([path]) => path.join('.')),
  );
  expect(new Set(datePaths)).toEqual(
    new Set(['startDate', 'proofEndDate', 'emergency.admissionDate']),
  );
});
