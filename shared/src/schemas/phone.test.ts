import { maskPhone, parsePhone, PHONE_MESSAGES, phoneSchema } from './phone';

describe('parsePhone', () => {
  it.each([
    ['13812345678', '13812345678', 'MOBILE'],
    ['199 1234 5678', '19912345678', 'MOBILE'],
    ['+86 138 1234 5678', '13812345678', 'MOBILE'],
    ['8613812345678', '13812345678', 'MOBILE'],
    ['138-1234-5678', '13812345678', 'MOBILE'],
    ['0551-12345678', '0551-12345678', 'LANDLINE'],
    ['055112345678', '0551-12345678', 'LANDLINE'],
    ['0552 3012345', '0552-3012345', 'LANDLINE'],
    ['010-62345678', '010-62345678', 'LANDLINE'],
    ['02165123456', '021-65123456', 'LANDLINE'],
    ['(0512)65123456', '0512-65123456', 'LANDLINE'],
  ])('accepts %p as %p', (input, phone, kind) => {
    expect(parsePhone(input)).toEqual({ ok: true, phone, kind });
  });

  it.each([
    ['not a string', 13812345678, PHONE_MESSAGES.missing],
    ['empty', ' ', PHONE_MESSAGES.missing],
    ['10 digits', '1381234567', PHONE_MESSAGES.invalid],
    ['12 digits mobile', '138123456789', PHONE_MESSAGES.invalid],
    ['second digit 2', '12812345678', PHONE_MESSAGES.invalid],
    ['landline without area code', '65123456', PHONE_MESSAGES.invalid],
    ['local number starting with 0', '0551-02345678', PHONE_MESSAGES.invalid],
    ['local number too short', '0551-123456', PHONE_MESSAGES.invalid],
    ['letters', '138abcd5678', PHONE_MESSAGES.invalid],
  ])('refuses %s', (_name, input, message) => {
    expect(parsePhone(input)).toEqual({ ok: false, message });
  });
});

describe('phoneSchema', () => {
  it('outputs the normalised number', () => {
    expect(phoneSchema.parse('+86 138 1234 5678')).toBe('13812345678');
    expect(phoneSchema.parse('0551 12345678')).toBe('0551-12345678');
  });

  it.each([undefined, null, 42, '123'])('refuses %p with a Chinese message', (input) => {
    const result = phoneSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^(请填写联系电话|电话号码不正确)/);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0551-12345678', '0551-****5678'],
    ['010-6234567', '010-***4567'],
    ['1234', '****'],
  ])('%p → %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
