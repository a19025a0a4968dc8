import {
  cancellationBodySchema,
  changeBodySchema,
  createFilingBodySchema,
  extensionBodySchema,
  filingListQuerySchema,
  supplementBodySchema,
} from './filingRequests';
import {
  fieldsOf,
  validCancellation,
  validChange,
  validCreateFiling,
  validExtension,
  validReferralFiling,
  validSupplement,
} from './testExamples';

describe('createFilingBodySchema', () => {
  it.each([
    ['a commitment filing', validCreateFiling],
    ['a referral filing with materials', validReferralFiling],
    [
      'an emergency retro-filing',
      {
        ...validCreateFiling,
        category: 'EMERGENCY',
        proof: { kind: 'MATERIALS', materialIds: ['mat_adm_1'] },
        emergency: { admissionDate: '2026-11-18', hospitalName: '南京鼓楼医院', discharged: false },
      },
    ],
    [
      'other temporary with no proof beyond identity',
      {
        ...validCreateFiling,
        category: 'OTHER_TEMPORARY',
        proof: { kind: 'MATERIALS', materialIds: [] },
      },
    ],
    ['a proof end date after the start', { ...validCreateFiling, proofEndDate: '2027-12-01' }],
  ])('accepts %s', (_name, body) => {
    expect(fieldsOf(createFilingBodySchema, body)).toEqual({});
  });

  it('normalises the contact and drops unknown keys', () => {
    const parsed = createFilingBodySchema.parse({
      ...validCreateFiling,
      contact: { address: '  苏州市人民路100号 ', phone: '0512 65123456' },
      hospital: '苏州大学附属第一医院',
    });
    expect(parsed.contact).toEqual({ address: '苏州市人民路100号', phone: '0512-65123456' });
    expect(parsed).not.toHaveProperty('hospital');
  });

  it('keeps discharged: true well-formed (refusing it is a rule, YJ-6)', () => {
    const body = {
      ...validCreateFiling,
      category: 'EMERGENCY',
      emergency: { admissionDate: '2026-11-18', hospitalName: '南京鼓楼医院', discharged: true },
    };
    expect(fieldsOf(createFilingBodySchema, body)).toEqual({});
  });

  it.each([
    ['category', { category: 'TOURIST' }, '请选择备案类别'],
    [
      'destination.code',
      { destination: { code: '340311' } },
      '没有找到这个就医地，请从列表中重新选择',
    ],
    ['destination', { destination: '320500' }, '请选择就医地'],
    [
      'startDate',
      { startDate: '2026-13-01' },
      '开始日期不正确，请按“年-月-日”填写，例如 2026-05-01',
    ],
    ['contact.address', { contact: { address: ' ', phone: '13812345678' } }, '请填写联系地址'],
    [
      'contact.phone',
      { contact: { address: '苏州市', phone: '110' } },
      '电话号码不正确：手机号码是11位数字；座机请连区号一起填写，例如 0551-12345678',
    ],
    ['proof.kind', { proof: { kind: 'PROMISE' } }, '请选择上传证明材料，或签署个人承诺书'],
    ['proof', { proof: null }, '请选择上传证明材料，或签署个人承诺书'],
    [
      'proof.missing',
      { proof: { kind: 'COMMITMENT', missing: [], signatureMaterialId: 'p1_s1' } },
      '请选择以承诺代替的材料',
    ],
    [
      'proof.missing.0',
      { proof: { kind: 'COMMITMENT', missing: ['DIPLOMA'], signatureMaterialId: 'p1_s1' } },
      '材料类型不正确',
    ],
    [
      'proof.signatureMaterialId',
      { proof: { kind: 'COMMITMENT', missing: ['RESIDENCE_PERMIT'] } },
      '请先在承诺书上签名',
    ],
    [
      'proof.materialIds',
      { proof: { kind: 'MATERIALS', materialIds: ['p1_m1', 'p1_m1'] } },
      '同一份材料重复提交了，请删掉重复的一份',
    ],
    [
      'proof.materialIds.1',
      { proof: { kind: 'MATERIALS', materialIds: ['p1_m1', 'p1_m 2'] } },
      '材料编号不正确，请重新上传这份材料',
    ],
    ['proofEndDate', { proofEndDate: '2026-11-30' }, '证明材料的截止日期不能早于开始日期'],
    ['referral', { category: 'REFERRAL' }, '转诊备案请填写转出医院并上传转诊转院证明'],
    ['emergency', { category: 'EMERGENCY' }, '急诊备案请填写入院日期和医院'],
    [
      'referral.certificateMaterialId',
      { referral: { hospitalName: '蚌埠市第一人民医院' } },
      '请上传转诊转院证明',
    ],
    [
      'emergency.discharged',
      { emergency: { admissionDate: '2026-11-18', hospitalName: '鼓楼医院' } },
      '请选择是否已经出院',
    ],
  ])('refuses a bad %s', (field, change, message) => {
    expect(fieldsOf(createFilingBodySchema, { ...validCreateFiling, ...change })).toEqual({
      [field]: message,
    });
  });
});

describe('supplement, change, cancellation and extension bodies', () => {
  it.each([
    ['supplement', supplementBodySchema, validSupplement],
    ['supplement without a version', supplementBodySchema, { materialIds: ['p1_m1'] }],
    ['change', changeBodySchema, validChange],
    [
      'change of category only',
      changeBodySchema,
      { expectedVersion: 1, reason: 'NEW_REFERRAL', category: 'REFERRAL' },
    ],
    ['cancellation', cancellationBodySchema, validCancellation],
    ['extension', extensionBodySchema, validExtension],
  ])('accepts a valid %s', (_name, schema, body) => {
    expect(fieldsOf(schema, body)).toEqual({});
  });

  it.each([
    [
      'supplement',
      supplementBodySchema,
      { materialIds: [] },
      { materialIds: '请至少上传一份要补充的材料' },
    ],
    ['supplement', supplementBodySchema, {}, { materialIds: '材料清单不正确，请重新上传' }],
    ['change', changeBodySchema, { ...validChange, reason: 'BORED' }, { reason: '请选择变更原因' }],
    [
      'change',
      changeBodySchema,
      { ...validChange, expectedVersion: '3' },
      { expectedVersion: '缺少版本号，请刷新页面后重试' },
    ],
    [
      'change',
      changeBodySchema,
      { ...validChange, destination: { code: '12' } },
      { 'destination.code': '就医地代码应为6位数字，请从列表中选择' },
    ],
    ['cancellation', cancellationBodySchema, { expectedVersion: 1 }, { reason: '请填写取消原因' }],
    [
      'cancellation',
      cancellationBodySchema,
      { ...validCancellation, reason: '长'.repeat(201) },
      { reason: '取消原因不能超过200个字' },
    ],
    [
      'cancellation',
      cancellationBodySchema,
      { ...validCancellation, inHospital: 'yes' },
      { inHospital: '请选择目前是否在住院' },
    ],
    ['extension', extensionBodySchema, {}, { expectedVersion: '缺少版本号，请刷新页面后重试' }],
    [
      'extension',
      extensionBodySchema,
      { expectedVersion: 0 },
      { expectedVersion: '版本号不正确，请刷新页面后重试' },
    ],
  ])('refuses a bad %s', (_name, schema, body, fields) => {
    expect(fieldsOf(schema, body)).toEqual(fields);
  });
});

describe('filingListQuerySchema', () => {
  it.each([
    [{}, {}],
    [{ personId: 'per_1' }, {}],
    [{ personId: 'per_1', status: 'ACTIVE' }, {}],
    [{ status: 'DONE' }, { status: '备案状态不正确' }],
    [{ personId: '' }, { personId: '请选择参保人' }],
  ])('%p → %p', (query, fields) => {
    expect(fieldsOf(filingListQuerySchema, query)).toEqual(fields);
  });
});
