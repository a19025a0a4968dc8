import { actionSchema } from './action';
import { filingSchema } from './filing';

const refusedChange = {
  allowed: false,
  code: 'CHANGE_LOCKED',
  rule: 'AH-14-1',
  until: '2027-05-22',
  message: '备案生效满6个月后才能变更，2027年5月22日以后可以办理。',
};

const destination = { code: '320500', name: '苏州市', level: 'CITY' };
const filing = {
  id: 'fil_1',
  number: 'BA3403202611200001',
  personId: 'per_1',
  insuredRegion: '340300',
  category: 'LONG_TERM_RESIDENT',
  class: 'LONG_TERM',
  destination,
  status: 'ACTIVE',
  validFrom: '2026-11-22',
  validUntil: null,
  commitment: {
    status: 'OPEN',
    signedAt: '2026-11-20T09:30:00+08:00',
    dueDate: '2027-02-20',
    missing: ['RESIDENCE_PERMIT'],
    clawback: false,
  },
  review: null,
  actions: {
    change: refusedChange,
    cancel: { allowed: true },
    supplement: { allowed: true },
    extend: { allowed: false, code: 'NOT_APPLICABLE', message: '这份备案不适用此项业务。' },
    resubmit: {
      allowed: false,
      code: 'FILING_NOT_ACTIVE',
      message: '这份备案目前是“已生效”状态，不能办理重新提交。',
      rule: 'AH-12-2',
    },
  },
  version: 2,
  createdBy: 'usr_1',
  createdAt: '2026-11-20T09:30:00+08:00',
  updatedAt: '2026-11-22T10:00:00+08:00',
};

describe('actionSchema', () => {
  it.each([
    [{ allowed: true }, true],
    [refusedChange, true],
    [{ allowed: false, code: 'CANCEL_LOCKED', message: '目前还不能取消备案。' }, true],
    [{ allowed: false, code: 'CHANGE_LOCKED' }, false],
    [{ allowed: false, code: 'NO_SUCH_CODE', message: 'x' }, false],
    [{ allowed: 'yes' }, false],
  ])('%#: %p valid: %p', (action, valid) => {
    expect(actionSchema.safeParse(action).success).toBe(valid);
  });
});

describe('filingSchema', () => {
  it('accepts the docs/api.md shape', () => {
    expect(filingSchema.parse(filing)).toEqual(filing);
  });

  it.each([
    ['status', { status: 'DONE' }],
    ['class', { class: 'SHORT' }],
    ['validUntil', { validUntil: '2027-02-30' }],
    ['destination', { destination: { code: '320500', name: '苏州市', level: 'COUNTY' } }],
    ['review', { review: { dueBy: '2026-11-24' } }],
    ['actions', { actions: { change: { allowed: true } } }],
  ])('refuses a bad %s', (field, change) => {
    const result = filingSchema.safeParse({ ...filing, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.every((issue) => issue.path[0] === field)).toBe(true);
  });
});
