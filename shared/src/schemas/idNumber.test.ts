import fc from 'fast-check';
import { provinces } from '../regions';
import {
  generateIdNumber,
  ID_NUMBER_MESSAGES,
  idNumberCheckCharacter,
  idNumberSchema,
  idNumberSchemaAsOf,
  maskIdNumber,
  parseIdNumber,
} from './idNumber';

/** ISO 7064 MOD 11-2 written the other way round (the standard's recursion), as a cross-check. */
function referenceCheckCharacter(first17Digits: string): string {
  let remainder = 0;
  for (const digit of first17Digits) remainder = ((remainder + Number(digit)) * 2) % 11;
  const value = (12 - remainder) % 11;
  return value === 10 ? 'X' : String(value);
}
const withCheck = (first17Digits: string) =>
  `${first17Digits}${referenceCheckCharacter(first17Digits)}`;

const TODAY = '2026-11-20';

describe('parseIdNumber', () => {
  const valid: Array<[string, string, string, string, 'MALE' | 'FEMALE']> = [
    // GB 11643-1999's own example number.
    ['standard example', '11010519491231002X', '11010519491231002X', '1949-12-31', 'FEMALE'],
    ['lowercase x', '11010519491231002x', '11010519491231002X', '1949-12-31', 'FEMALE'],
    ['spaces pasted in', ' 110105 19491231 002X ', '11010519491231002X', '1949-12-31', 'FEMALE'],
    [
      'odd 17th digit',
      withCheck('34030319560308013'),
      withCheck('34030319560308013'),
      '1956-03-08',
      'MALE',
    ],
    [
      'leap day',
      withCheck('34030320000229024'),
      withCheck('34030320000229024'),
      '2000-02-29',
      'FEMALE',
    ],
    ['born today', withCheck('34030320261120001'), withCheck('34030320261120001'), TODAY, 'MALE'],
    [
      'old city code kept',
      withCheck('34260119700101002'),
      withCheck('34260119700101002'),
      '1970-01-01',
      'FEMALE',
    ],
    [
      '兵团 province',
      withCheck('66000119800101001'),
      withCheck('66000119800101001'),
      '1980-01-01',
      'MALE',
    ],
  ];
  it.each(valid)('accepts %s', (_name, input, idNumber, birthDate, gender) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ ok: true, idNumber, birthDate, gender });
  });

  const invalid: Array<[string, unknown, string]> = [
    ['not a string', 340303195603, ID_NUMBER_MESSAGES.missing],
    ['empty', '  ', ID_NUMBER_MESSAGES.missing],
    ['15-digit old number', '340303560308013', ID_NUMBER_MESSAGES.oldFifteenDigits],
    ['17 digits', '34030319560308013', ID_NUMBER_MESSAGES.length],
    ['19 characters', '11010519491231002X1', ID_NUMBER_MESSAGES.length],
    ['letter inside', '1101051949123100AX', ID_NUMBER_MESSAGES.characters],
    ['X not last', '11010519491231X021', ID_NUMBER_MESSAGES.characters],
    ['wrong checksum', '110105194912310021', ID_NUMBER_MESSAGES.checksum],
    ['unknown province 99', withCheck('99030319560308013'), ID_NUMBER_MESSAGES.region],
    ['province 00', withCheck('00030319560308013'), ID_NUMBER_MESSAGES.region],
    ['30 February', withCheck('34030319990230012'), ID_NUMBER_MESSAGES.birthDate],
    ['month 13', withCheck('34030319991301012'), ID_NUMBER_MESSAGES.birthDate],
    ['29 February of a common year', withCheck('34030319000229012'), ID_NUMBER_MESSAGES.birthDate],
    // GB 11643's other example has a valid checksum but a birth year no living person has.
    ['born 1880', '440524188001010014', ID_NUMBER_MESSAGES.birthDate],
    ['born tomorrow', withCheck('34030320261121001'), ID_NUMBER_MESSAGES.futureBirthDate],
    ['born in 2999', withCheck('34030329990101001'), ID_NUMBER_MESSAGES.futureBirthDate],
  ];
  it.each(invalid)('refuses %s', (_name, input, message) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ ok: false, message });
  });

  it('every message is plain Chinese', () => {
    for (const message of Object.values(ID_NUMBER_MESSAGES)) {
      expect(message).toMatch(/\p{Script=Han}/u);
      expect(message).not.toMatch(/[A-Za-z]{2,}/); // no code words, at most the letter X
    }
  });

  it('checks the birth date against the machine clock when no today is given', () => {
    expect(parseIdNumber(withCheck('34030329990101001'))).toEqual({
      ok: false,
      message: ID_NUMBER_MESSAGES.futureBirthDate,
    });
    expect(parseIdNumber('11010519491231002X').ok).toBe(true);
  });
});

describe('idNumberCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['34030319560308024', referenceCheckCharacter('34030319560308024')],
  ])('%s → %s', (first17, check) => {
    expect(idNumberCheckCharacter(first17)).toBe(check);
  });

  it('agrees with the reference recursion on random digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (digits) => {
        expect(idNumberCheckCharacter(digits)).toBe(referenceCheckCharacter(digits));
      }),
      { numRuns: 200 },
    );
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['340303195603080246', '3403**********0246'],
    ['11010519491231002X', '1101**********002X'],
    ['12345678', '********'],
    ['', ''],
  ])('%p → %p', (idNumber, masked) => {
    expect(maskIdNumber(idNumber)).toBe(masked);
  });
});

describe('generateIdNumber (test and demo data)', () => {
  it('makes numbers parseIdNumber accepts, with the same birth date and gender', () => {
    const provinceCodes = provinces().map((province) => province.code);
    fc.assert(
      fc.property(
        fc.constantFrom(...provinceCodes),
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2026-11-19T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 499 }),
        fc.constantFrom('MALE' as const, 'FEMALE' as const),
        (regionCode, birthInstant, sequence, gender) => {
          const birthDate = birthInstant.toISOString().slice(0, 10);
          const idNumber = generateIdNumber({ regionCode, birthDate, sequence, gender });
          expect(parseIdNumber(idNumber, TODAY)).toEqual({ ok: true, idNumber, birthDate, gender });
        },
      ),
      { numRuns: 200 },
    );
  });

  const base = {
    regionCode: '340303',
    birthDate: '1956-03-08',
    sequence: 1,
    gender: 'MALE' as const,
  };
  it.each([
    ['a 4-digit region', { ...base, regionCode: '3403' }],
    ['an impossible date', { ...base, birthDate: '1956-02-30' }],
    ['sequence 500', { ...base, sequence: 500 }],
    ['a fractional sequence', { ...base, sequence: 1.5 }],
  ])('refuses %s', (_name, options) => {
    expect(() => generateIdNumber(options)).toThrow(RangeError);
  });
});

describe('idNumberSchema', () => {
  const schema = idNumberSchemaAsOf(TODAY);

  it('outputs the normalised number', () => {
    expect(schema.parse(' 11010519491231002x')).toBe('11010519491231002X');
    expect(idNumberSchema.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it.each([
    [undefined, ID_NUMBER_MESSAGES.missing],
    [12345, ID_NUMBER_MESSAGES.missing],
    ['110105194912310021', '身份证号码校验位不正确，请核对后重新输入'],
    [withCheck('34030320261121001'), ID_NUMBER_MESSAGES.futureBirthDate],
  ])('refuses %p with one Chinese message', (input, message) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('reads a today function at parse time', () => {
    let today = '2026-01-01';
    const clocked = idNumberSchemaAsOf(() => today);
    const bornInMarch = withCheck('34030320260301001');
    expect(clocked.safeParse(bornInMarch).success).toBe(false);
    today = '2026-03-01';
    expect(clocked.safeParse(bornInMarch).success).toBe(true);
  });
});
