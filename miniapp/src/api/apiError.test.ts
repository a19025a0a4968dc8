import { ERROR_CATALOGUE } from '@yidi/shared';
import { zh } from '../i18n/zh';
import { ApiError, decodeApiError, networkError } from './apiError';

describe('decodeApiError', () => {
  const cases: Array<{
    name: string;
    status: number;
    body: unknown;
    expected: Partial<ApiError>;
    absent?: Array<'rule' | 'until' | 'fields'>;
  }> = [
    {
      name: 'a rule refusal keeps rule, until and the server message',
      status: 409,
      body: {
        error: {
          code: 'CHANGE_LOCKED',
          message: '备案生效满6个月后才能变更',
          rule: 'AH-14-1',
          until: '2027-05-22',
        },
      },
      expected: {
        code: 'CHANGE_LOCKED',
        status: 409,
        message: '备案生效满6个月后才能变更',
        rule: 'AH-14-1',
        until: '2027-05-22',
      },
      absent: ['fields'],
    },
    {
      name: 'a validation failure keeps the per-field messages',
      status: 422,
      body: {
        error: {
          code: 'VALIDATION_FAILED',
          message: '填写的信息有误',
          fields: { 'destination.code': '请选择就医地', ignored: 42 },
        },
      },
      expected: {
        code: 'VALIDATION_FAILED',
        status: 422,
        fields: { 'destination.code': '请选择就医地' },
      },
      absent: ['rule', 'until'],
    },
    {
      name: 'a known code without a message falls back to the catalogue text',
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
      expected: { code: 'UNAUTHENTICATED', message: ERROR_CATALOGUE.UNAUTHENTICATED.message },
    },
    {
      name: 'an unknown code is an unexpected response that keeps the server message',
      status: 409,
      body: { error: { code: 'SOMETHING_NEW', message: '新的错误' } },
      expected: { code: 'UNEXPECTED_RESPONSE', status: 409, message: '新的错误' },
    },
    {
      name: 'a body that is not the envelope (a proxy page) is an unexpected response',
      status: 502,
      body: '<html>Bad Gateway</html>',
      expected: { code: 'UNEXPECTED_RESPONSE', status: 502, message: zh.common.unexpectedResponse },
    },
    {
      name: 'an empty body is an unexpected response',
      status: 500,
      body: null,
      expected: { code: 'UNEXPECTED_RESPONSE', status: 500 },
    },
  ];

  it.each(cases)('$name', ({ status, body, expected, absent = [] }) => {
    const error = decodeApiError(status, body);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject(expected);
    for (const member of absent) expect(error[member]).toBeUndefined();
  });
});

describe('networkError', () => {
  it('has status 0 and a Chinese message', () => {
    expect(networkError()).toMatchObject({
      code: 'NETWORK_ERROR',
      status: 0,
      message: zh.common.networkError,
    });
  });
});

describe('decodeApiError: MATERIALS_INCOMPLETE (HA-18 一次性告知)', () => {
  it('keeps every missing document the server named, and drops unknown ones', () => {
    const error = decodeApiError(409, {
      error: {
        code: 'MATERIALS_INCOMPLETE',
        message: '材料不全',
        missing: ['ITEMISED_BILL', 'PRESCRIPTION', 'NOT_A_DOC'],
      },
    });
    expect(error.missing).toEqual(['ITEMISED_BILL', 'PRESCRIPTION']);
  });

  it('has no list when the server sent none', () => {
    expect(
      decodeApiError(409, { error: { code: 'MATERIALS_INCOMPLETE', message: '材料不全' } }).missing,
    ).toBeUndefined();
  });
});
