// The small field schemas: dates, instants, region codes, ids, versions, names.
import {
  composeId,
  entityIdSchema,
  expectedVersionSchema,
  filingIdSchema,
  idempotencyKeySchema,
  materialIdSchema,
  parseCompositeId,
} from './common';
import { instantSchema, isoDateSchema, isoDateSchemaFor } from './dates';
import { PERSON_NAME_MESSAGES, personNameSchema } from './person';
import { destinationSchema, regionCodeSchemaFor } from './region';
import { fieldsOf } from './testExamples';

const messageOf = (schema: Parameters<typeof fieldsOf>[0], input: unknown) =>
  Object.values(fieldsOf(schema, input))[0];

describe('isoDateSchema', () => {
  it.each(['2026-05-01', '2028-02-29', '1900-01-01'])('accepts %p', (date) => {
    expect(isoDateSchema.parse(date)).toBe(date);
  });
  it.each([
    [undefined, '请填写开始日期'],
    [20260501, '请填写开始日期'],
    ['2026-02-29', '开始日期不正确，请按“年-月-日”填写，例如 2026-05-01'],
    ['2026/05/01', '开始日期不正确，请按“年-月-日”填写，例如 2026-05-01'],
    ['2026-5-1', '开始日期不正确，请按“年-月-日”填写，例如 2026-05-01'],
    ['2026-05-01T00:00:00+08:00', '开始日期不正确，请按“年-月-日”填写，例如 2026-05-01'],
  ])('refuses %p', (input, message) => {
    expect(messageOf(isoDateSchemaFor('开始日期'), input)).toBe(message);
  });
});

describe('instantSchema', () => {
  it.each(['2026-05-01T09:30:00+08:00', '2026-05-01T01:30:00.123Z'])('accepts %p', (instant) => {
    expect(instantSchema.safeParse(instant).success).toBe(true);
  });
  it.each(['2026-05-01', '2026-05-01T09:30:00', 'yesterday', 5])('refuses %p', (input) => {
    expect(messageOf(instantSchema, input)).toBe('时间格式不正确');
  });
});

describe('regionCodeSchemaFor', () => {
  const schema = regionCodeSchemaFor('就医地');
  it.each(['340300', '340000', '110000', '660000', '320500'])('accepts %p', (code) => {
    expect(schema.parse(code)).toBe(code);
  });
  it.each([
    [undefined, '请选择就医地'],
    [340300, '请选择就医地'],
    ['3403', '就医地代码应为6位数字，请从列表中选择'],
    ['990000', '没有找到这个就医地，请从列表中重新选择'],
    ['340399', '没有找到这个就医地，请从列表中重新选择'],
    ['340311', '没有找到这个就医地，请从列表中重新选择'], // a county: file to its city (AH-15-1)
  ])('refuses %p', (input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });
  it('reports a bad destination at its code, or as a whole', () => {
    expect(fieldsOf(destinationSchema, { code: '3403' })).toEqual({
      code: '就医地代码应为6位数字，请从列表中选择',
    });
    expect(fieldsOf(destinationSchema, 'Bengbu')).toEqual({ $: '请选择就医地' });
  });
});

describe('entityIdSchema and expectedVersionSchema', () => {
  const schema = entityIdSchema('请选择参保人');
  it.each(['per_1', '01J9ZQ3V4W5X6Y7Z8A9B0C1D2E', '3f2b8c1e-1d2a-4b5c-9e8f-7a6b5c4d3e2f'])(
    'accepts id %p',
    (id) => {
      expect(schema.parse(id)).toBe(id);
    },
  );
  it.each(['', 'per 1', 'a'.repeat(65), '../etc', 7])('refuses id %p', (input) => {
    expect(messageOf(schema, input)).toBe('请选择参保人');
  });
  it.each([1, 42])('accepts version %p', (version) => {
    expect(expectedVersionSchema.parse(version)).toBe(version);
  });
  it.each([0, -1, 1.5, '1', undefined, Number.NaN])('refuses version %p', (input) => {
    expect(messageOf(expectedVersionSchema, input)).toMatch(/版本号.*请刷新页面后重试/);
  });
  it('accepts a UUID idempotency key only', () => {
    expect(idempotencyKeySchema.safeParse('3f2b8c1e-1d2a-4b5c-9e8f-7a6b5c4d3e2f').success).toBe(
      true,
    );
    expect(messageOf(idempotencyKeySchema, 'key-1')).toBe('提交编号不正确，请重新提交');
  });
});

describe('personNameSchema', () => {
  it.each([
    ['张三', '张三'],
    [' 欧阳娜娜 ', '欧阳娜娜'],
    ['买买提·艾力', '买买提·艾力'],
    ['买买提.艾力', '买买提·艾力'],
    ['买买提•艾力', '买买提·艾力'],
    ['𠇔华', '𠇔华'], // a rare character outside the BMP counts as one
  ])('accepts %p as %p', (input, name) => {
    expect(personNameSchema.parse(input)).toBe(name);
  });
  it.each([
    [undefined, PERSON_NAME_MESSAGES.missing],
    ['   ', PERSON_NAME_MESSAGES.missing],
    ['张', PERSON_NAME_MESSAGES.tooShort],
    ['𠇔', PERSON_NAME_MESSAGES.tooShort],
    ['张'.repeat(31), PERSON_NAME_MESSAGES.tooLong],
    ['Zhang San', PERSON_NAME_MESSAGES.characters],
    ['张3', PERSON_NAME_MESSAGES.characters],
    ['·买买提', PERSON_NAME_MESSAGES.characters],
    ['买买提··艾力', PERSON_NAME_MESSAGES.characters],
  ])('refuses %p', (input, message) => {
    expect(messageOf(personNameSchema, input)).toBe(message);
  });
});

describe('composite ids (filing and material ids carry their person)', () => {
  const uuid = '3f2b8c1e-1d2a-4b5c-9e8f-7a6b5c4d3e2f';
  it.each([
    [`${uuid}_${uuid}`, uuid, uuid],
    ['per_1_f-2', 'per_1', 'f-2'],
    ['p_m', 'p', 'm'],
  ])('splits %p at its last underscore', (id, personId, unique) => {
    expect(parseCompositeId(id)).toEqual({ personId, unique });
    expect(composeId(personId, unique)).toBe(id);
    expect(filingIdSchema.parse(id)).toBe(id);
    expect(materialIdSchema.parse(id)).toBe(id);
  });
  it.each(['', uuid, `_${uuid}`, `${uuid}_`, `${uuid}_a b`, `a/b_${uuid}`, `${'a'.repeat(65)}_x`])(
    'refuses %p',
    (id) => {
      expect(parseCompositeId(id)).toBeUndefined();
      expect(messageOf(filingIdSchema, id)).toBe('备案编号不正确');
      expect(messageOf(materialIdSchema, id)).toBe('材料编号不正确，请重新上传这份材料');
    },
  );
  it('refuses to compose halves that would not read back', () => {
    expect(() => composeId('p1', 'a_b')).toThrow(RangeError);
    expect(() => composeId('', uuid)).toThrow(RangeError);
    expect(() => composeId('p 1', uuid)).toThrow(RangeError);
  });
  it('refuses what is not a string', () => {
    expect(messageOf(filingIdSchema, 7)).toBe('备案编号不正确');
  });
});
