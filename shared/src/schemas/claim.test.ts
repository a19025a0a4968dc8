import {
  claimDecisionBodySchema,
  claimQueueQuerySchema,
  claimSupplementBodySchema,
  createClaimBodySchema,
} from './claim';
import { fieldsOf } from './testExamples';

const validClaim = {
  personId: 'p1',
  filingId: 'p1_abc-123',
  kind: 'OUTPATIENT',
  hospitalName: '南京鼓楼医院',
  paidOn: '2026-09-01',
  amountFen: 123456,
  materialIds: ['p1_m-1', 'p1_m-2'],
};

describe('createClaimBodySchema (docs/api.md POST /v1/claims)', () => {
  it.each([
    ['the API example', validClaim],
    [
      'no filing (HA-17 (二)–(五)) and no documents yet',
      { ...validClaim, filingId: undefined, materialIds: [] },
    ],
    [
      'an AH-47 extension request',
      { ...validClaim, extensionRequest: { reason: '医院尚未出具费用清单' } },
    ],
    ['a named HA-17 case', { ...validClaim, case: 'STUDENT_VACATION' }],
  ])('accepts %s', (_name, body) => {
    expect(fieldsOf(createClaimBodySchema, body)).toEqual({});
  });

  it.each([
    [
      'an amount in yuan with decimals',
      { ...validClaim, amountFen: 12.5 },
      'amountFen',
      '金额应精确到分',
    ],
    ['a zero amount', { ...validClaim, amountFen: 0 }, 'amountFen', '金额应大于0'],
    [
      'an unknown kind',
      { ...validClaim, kind: 'DENTAL' },
      'kind',
      '请选择费用类型：住院、门诊、急诊或生育',
    ],
    ['an impossible date', { ...validClaim, paidOn: '2026-02-30' }, 'paidOn', expect.any(String)],
    [
      'a hospital name with a line break',
      { ...validClaim, hospitalName: '南京\n医院' },
      'hospitalName',
      expect.stringContaining('换行'),
    ],
    [
      'the same material twice',
      { ...validClaim, materialIds: ['p1_m-1', 'p1_m-1'] },
      'materialIds',
      expect.stringContaining('重复'),
    ],
    [
      'an empty extension reason',
      { ...validClaim, extensionRequest: { reason: ' ' } },
      'extensionRequest.reason',
      '请填写延期原因',
    ],
  ])('refuses %s with a Chinese message', (_name, body, field, message) => {
    expect(fieldsOf(createClaimBodySchema, body)).toMatchObject({ [field]: message });
  });
});

describe('claimDecisionBodySchema', () => {
  it('accepts APPROVE with HA-19 special, EXTEND_APPROVED without notices', () => {
    expect(
      fieldsOf(claimDecisionBodySchema, { expectedVersion: 2, decision: 'APPROVE', special: true }),
    ).toEqual({});
    expect(
      fieldsOf(claimDecisionBodySchema, { expectedVersion: 2, decision: 'EXTEND_APPROVED' }),
    ).toEqual({});
  });

  it.each([
    ['RETURN', '退回补正时请一次写明所有需要补正的问题'],
    ['REJECT', '不予通过时请写明原因'],
    ['EXTEND_REFUSED', '不同意延期时请写明原因'],
  ])('%s without notices says why one is needed', (decision, message) => {
    expect(fieldsOf(claimDecisionBodySchema, { expectedVersion: 2, decision })).toEqual({
      notices: message,
    });
  });

  it('special only with APPROVE', () => {
    expect(
      fieldsOf(claimDecisionBodySchema, {
        expectedVersion: 2,
        decision: 'RETURN',
        notices: [{ problem: '票据不清晰' }],
        special: true,
      }),
    ).toEqual({ special: '特殊情况只在审核通过时选择' });
  });
});

describe('claim supplements and the queue query', () => {
  it('a supplement needs a document and the version', () => {
    expect(fieldsOf(claimSupplementBodySchema, { materialIds: [] })).toMatchObject({
      expectedVersion: expect.any(String),
      materialIds: '请至少上传一份要补充的材料',
    });
  });

  it('the queue cursor is opaque but bounded to URL-safe characters', () => {
    expect(fieldsOf(claimQueueQuerySchema, { region: '340100', cursor: 'eyJhIjoxfQ' })).toEqual({});
    expect(fieldsOf(claimQueueQuerySchema, { cursor: '{"a":1}' })).toEqual({
      cursor: '分页参数不正确',
    });
  });
});
