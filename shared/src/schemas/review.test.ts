import {
  filingQueueItemSchema,
  reviewDecisionBodySchema,
  reviewExportQuerySchema,
  reviewQueueQuerySchema,
} from './review';
import { fieldsOf, validReviewReturn } from './testExamples';

describe('reviewDecisionBodySchema', () => {
  it.each([
    ['a return listing every problem', validReviewReturn],
    ['an approval without notices', { expectedVersion: 2, decision: 'APPROVE' }],
    [
      'a rejection with a reason',
      { expectedVersion: 2, decision: 'REJECT', notices: [{ problem: '不属于异地就医' }] },
    ],
  ])('accepts %s', (_name, body) => {
    expect(fieldsOf(reviewDecisionBodySchema, body)).toEqual({});
  });

  it('defaults notices to an empty list', () => {
    expect(
      reviewDecisionBodySchema.parse({ expectedVersion: 1, decision: 'APPROVE' }).notices,
    ).toEqual([]);
  });

  it.each([
    [
      'RETURN without notices',
      { expectedVersion: 1, decision: 'RETURN' },
      { notices: '退回补正时请一次写明所有需要补正的问题' },
    ],
    [
      'RETURN with an empty list',
      { expectedVersion: 1, decision: 'RETURN', notices: [] },
      { notices: '退回补正时请一次写明所有需要补正的问题' },
    ],
    [
      'REJECT without notices',
      { expectedVersion: 1, decision: 'REJECT', notices: [] },
      { notices: '不予通过时请写明原因' },
    ],
    [
      'a blank problem',
      { ...validReviewReturn, notices: [{ problem: '  ' }] },
      { 'notices.0.problem': '请写明问题' },
    ],
    [
      'a notice on an unknown document',
      { ...validReviewReturn, notices: [{ docType: 'PHOTO', problem: '看不清' }] },
      { 'notices.0.docType': '材料类型不正确' },
    ],
    [
      'an unknown decision',
      { expectedVersion: 1, decision: 'MAYBE' },
      { decision: '请选择审核结果：通过、退回补正或不予通过' },
    ],
    ['no version', { decision: 'APPROVE' }, { expectedVersion: '缺少版本号，请刷新页面后重试' }],
  ])('refuses %s', (_name, body, fields) => {
    expect(fieldsOf(reviewDecisionBodySchema, body)).toEqual(fields);
  });
});

describe('review queries', () => {
  it('defaults the queue to PENDING_REVIEW', () => {
    expect(reviewQueueQuerySchema.parse({ region: '340300' })).toEqual({
      region: '340300',
      status: 'PENDING_REVIEW',
    });
  });
  it('reads the page size from the query string as a number', () => {
    expect(reviewQueueQuerySchema.parse({ limit: '20' })).toMatchObject({ limit: 20 });
  });
  it.each([
    [reviewQueueQuerySchema, { region: '34' }, { region: '地区代码应为6位数字，请从列表中选择' }],
    [reviewQueueQuerySchema, { status: 'LATE' }, { status: '备案状态不正确' }],
    [reviewExportQuerySchema, { category: 'TOURIST' }, { category: '备案类别不正确' }],
    [reviewExportQuerySchema, { region: '340300', category: 'REFERRAL', status: 'ACTIVE' }, {}],
    [reviewQueueQuerySchema, { limit: '0' }, { limit: '每页条数应为1到100' }],
    [reviewQueueQuerySchema, { limit: '101' }, { limit: '每页条数应为1到100' }],
    [reviewQueueQuerySchema, { limit: '2.5' }, { limit: '每页条数应为1到100' }],
    [reviewQueueQuerySchema, { cursor: 'x'.repeat(2001) }, { cursor: '翻页位置不正确' }],
    [reviewQueueQuerySchema, { limit: '100', cursor: 'abc.def' }, {}],
  ])('%#: %p → %p', (schema, query, fields) => {
    expect(fieldsOf(schema, query)).toEqual(fields);
  });
});

describe('filingQueueItemSchema (a queue row is a summary, not a filing)', () => {
  const row = {
    id: 'p1_f1',
    number: '3403002701040001',
    person: { id: 'p1', name: '王建国', idNumberMasked: '3403**********0011' },
    insuredRegion: '340300',
    category: 'LONG_TERM_RESIDENT',
    class: 'LONG_TERM',
    destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
    status: 'PENDING_REVIEW',
    filedOn: '2027-01-04',
    review: { dueBy: '2027-01-06', dueByProvisional: true },
    overdue: false,
  };
  it('accepts a summary, and one of another status without a review', () => {
    expect(filingQueueItemSchema.parse(row)).toEqual(row);
    expect(fieldsOf(filingQueueItemSchema, { ...row, status: 'ACTIVE', review: null })).toEqual({});
  });
  it('carries nothing of the whole filing: actions, contact and history are not part of it', () => {
    const parsed = filingQueueItemSchema.parse({
      ...row,
      actions: {},
      contact: { address: '上海市徐汇区', phone: '13900000000' },
      history: [],
    });
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(row).sort());
  });
  it('needs the person and the overdue mark', () => {
    const { person: _person, overdue: _overdue, ...rest } = row;
    expect(filingQueueItemSchema.safeParse(rest).success).toBe(false);
  });
});
