import * as z from 'zod/mini';
import { ERROR_CATALOGUE } from '../errors';
import {
  containsChinese,
  errorEnvelopeSchema,
  fieldErrorsOf,
  validationErrorOf,
  WHOLE_BODY_FIELD,
} from './errors';

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error;
};

describe('fieldErrorsOf', () => {
  it('joins nested paths with dots, array indexes included', () => {
    const schema = z.object({
      destination: z.object({ code: z.string({ error: '请选择就医地' }) }),
      materialIds: z.array(z.string({ error: '材料编号不正确' })),
    });
    expect(fieldErrorsOf(issuesOf(schema, { destination: {}, materialIds: ['a', 7] }))).toEqual({
      'destination.code': '请选择就医地',
      'materialIds.1': '材料编号不正确',
    });
  });

  it('keeps the first message of a field', () => {
    const schema = z
      .string()
      .check(z.minLength(3, { error: '太短了' }), z.regex(/^\d+$/, { error: '只能是数字' }));
    expect(fieldErrorsOf(issuesOf(schema, 'a'))).toEqual({ [WHOLE_BODY_FIELD]: '太短了' });
  });

  it('names each unrecognised key of a strict object', () => {
    const schema = z.strictObject({ a: z.string() }, { error: '有不认识的内容' });
    expect(
      fieldErrorsOf(issuesOf(z.object({ inner: schema }), { inner: { a: 'x', b: 1, c: 2 } })),
    ).toEqual({
      'inner.b': '有不认识的内容',
      'inner.c': '有不认识的内容',
    });
  });

  it.each([
    ['a missing field', z.object({ a: z.string() }), {}, { a: '请按要求填写这一项' }],
    ['a wrong type', z.object({ a: z.string() }), { a: 1 }, { a: '请按要求填写这一项' }],
    ['too long', z.string().check(z.maxLength(1)), 'ab', { $: '这一项填写的内容太多了' }],
    ['too short', z.string().check(z.minLength(2)), 'a', { $: '这一项填写的内容太少了' }],
    ['not an option', z.enum(['A', 'B']), 'C', { $: '请从给出的选项中选择' }],
    ['a custom check', z.string().check(z.refine(() => false)), 'x', { $: '这一项填写得不正确' }],
  ])('replaces an English default for %s with Chinese', (_name, schema, input, fields) => {
    expect(fieldErrorsOf(issuesOf(schema, input))).toEqual(fields);
  });
});

describe('validationErrorOf and errorEnvelopeSchema', () => {
  it('builds a 422 body that the envelope schema accepts', () => {
    const envelope = validationErrorOf(
      issuesOf(z.object({ a: z.string({ error: '请填写姓名' }) }), {}),
    );
    expect(envelope).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: ERROR_CATALOGUE.VALIDATION_FAILED.message,
        fields: { a: '请填写姓名' },
      },
    });
    expect(errorEnvelopeSchema.parse(envelope)).toEqual(envelope);
  });

  it.each([
    [
      {
        error: {
          code: 'CHANGE_LOCKED',
          message: '目前还不能办理变更。',
          rule: 'AH-14-1',
          until: '2027-05-22',
        },
      },
      true,
    ],
    [{ error: { code: 'NOT_FOUND', message: '没有找到相关记录。' } }, true],
    [{ error: { code: 'TEAPOT', message: '?' } }, false],
    [{ error: { code: 'CHANGE_LOCKED', message: 'x', until: '22/05/2027' } }, false],
    [{ code: 'NOT_FOUND' }, false],
  ])('%#: envelope %p valid: %p', (body, valid) => {
    expect(errorEnvelopeSchema.safeParse(body).success).toBe(valid);
  });
});

describe('containsChinese', () => {
  it.each([
    ['请填写姓名', true],
    ['Invalid input', false],
    ['', false],
    ['X', false],
  ])('%p → %p', (text, expected) => {
    expect(containsChinese(text)).toBe(expected);
  });
});
