import { redact, redactText, REDACTED } from './redaction';

describe('redactText', () => {
  it.each([
    ['an ID number', '身份证 340302198804120424 已登记', '340302198804120424'],
    ['an ID number ending in X', 'id=11010519491231002X;', '11010519491231002X'],
    ['a mobile number', 'call 13912345678 now', '13912345678'],
    ['a mobile number with +86', 'call +8613912345678', '13912345678'],
    ['a landline', 'tel 0551-62345678', '0551-62345678'],
    ['a Chinese name', 'failed for 欧阳修 today', '欧阳修'],
  ])('removes %s', (_label, text, secret) => {
    const redacted = redactText(text);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain(REDACTED);
  });

  it.each([
    ['a UUID', 'person 0d6305cc-56f3-4060-bebe-7785cd9fba78'],
    ['a date and status', 'due 2027-05-22 status 409'],
  ])('keeps %s', (_label, text) => {
    expect(redactText(text)).toBe(text);
  });
});

describe('redact', () => {
  it('blanks sensitive keys at any depth and keeps the rest', () => {
    expect(
      redact({
        route: 'POST /v1/persons',
        person: { name: 'Zhang', idNumber: 'x', contact: { phone: '1' } },
        list: [{ phone: '2', status: 201 }],
      }),
    ).toEqual({
      route: 'POST /v1/persons',
      person: { name: REDACTED, idNumber: REDACTED, contact: REDACTED },
      list: [{ phone: REDACTED, status: 201 }],
    });
  });

  it('turns an Error into redacted name, message and stack', () => {
    const result = redact(new Error('bad 13912345678')) as { message: string; stack: string };
    expect(result.message).toBe(`bad ${REDACTED}`);
    expect(result.stack).not.toContain('13912345678');
  });
});
