import { createPersonBodySchema, createPersonBodySchemaAsOf, personSchema } from './person';
import { EXAMPLE_ID_NUMBER, fieldsOf, validCreatePerson } from './testExamples';

describe('createPersonBodySchema', () => {
  it('accepts a valid body, normalises it and drops unknown keys', () => {
    const parsed = createPersonBodySchema.parse({
      ...validCreatePerson,
      name: ' 张桂兰 ',
      idNumber: EXAMPLE_ID_NUMBER.toLowerCase(),
      phone: '138 1234 5678',
      nickname: '奶奶',
    });
    expect(parsed).toEqual({ ...validCreatePerson, name: '张桂兰', phone: '13812345678' });
  });

  it('needs no authorization material for oneself', () => {
    const { authorizationMaterialId: _omitted, ...body } = validCreatePerson;
    expect(createPersonBodySchema.safeParse({ ...body, relationship: 'SELF' }).success).toBe(true);
  });

  it.each([
    ['idNumber', { idNumber: '340303195603080245' }, '身份证号码校验位不正确，请核对后重新输入'],
    ['idNumber', { idNumber: 340303195603 }, '请填写身份证号码'],
    [
      'idNumber',
      { idNumber: '340303560308024' },
      '15位的旧身份证号码已不再使用，请填写18位的身份证号码',
    ],
    ['name', { name: 'Li' }, '姓名请填写汉字，和身份证上一致；少数民族姓名中间的点请用“·”'],
    [
      'phone',
      { phone: '12345' },
      '电话号码不正确：手机号码是11位数字；座机请连区号一起填写，例如 0551-12345678',
    ],
    ['insuranceType', { insuranceType: 'COMMERCIAL' }, '请选择参保类型'],
    ['insuredRegion', { insuredRegion: '999999' }, '没有找到这个参保地，请从列表中重新选择'],
    ['relationship', { relationship: 'FRIEND' }, '请选择与本人的关系'],
    [
      'authorizationMaterialId',
      { authorizationMaterialId: '' },
      '材料编号不正确，请重新上传这份材料',
    ],
  ])('refuses a bad %s', (field, change, message) => {
    expect(fieldsOf(createPersonBodySchema, { ...validCreatePerson, ...change })).toEqual({
      [field]: message,
    });
  });

  it('lists every missing field at once', () => {
    expect(fieldsOf(createPersonBodySchema, {})).toEqual({
      name: '请填写姓名',
      idNumber: '请填写身份证号码',
      phone: '请填写联系电话',
      insuranceType: '请选择参保类型',
      insuredRegion: '请选择参保地',
      relationship: '请选择与本人的关系',
    });
    expect(fieldsOf(createPersonBodySchema, [])).toEqual({ $: '请填写参保人信息' });
  });

  it('checks the birth date against the given today', () => {
    const bornInDecember = { ...validCreatePerson, idNumber: '340303202612010015' };
    expect(fieldsOf(createPersonBodySchemaAsOf('2026-11-30'), bornInDecember)).toEqual({
      idNumber: '身份证号码中的出生日期晚于今天，请核对后重新输入',
    });
    expect(fieldsOf(createPersonBodySchemaAsOf('2026-12-01'), bornInDecember)).toEqual({});
  });
});

describe('personSchema (response)', () => {
  const person = {
    id: 'per_1',
    name: '张桂兰',
    idNumberMasked: '3403**********0246',
    gender: 'FEMALE',
    birthDate: '1956-03-08',
    insuranceType: 'RESIDENT',
    insuredRegion: '340300',
    relationship: 'PARENT',
    authorization: 'PENDING',
  };
  it('accepts the docs/api.md shape', () => {
    expect(personSchema.parse(person)).toEqual(person);
  });
  it.each([
    ['gender', { gender: 'M' }],
    ['authorization', { authorization: 'REVOKED' }],
    ['birthDate', { birthDate: '1956-3-8' }],
  ])('refuses a bad %s', (field, change) => {
    expect(Object.keys(fieldsOf(personSchema, { ...person, ...change }))).toEqual([field]);
  });
});
