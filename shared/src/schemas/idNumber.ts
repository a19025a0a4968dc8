// Mainland resident ID numbers (公民身份号码, GB 11643-1999): 6-digit region code, 8-digit birth
// date, 3-digit order code (odd for men), ISO 7064 MOD 11-2 check character.
import * as z from 'zod/mini';
import { hasControlCharacters } from './common';
import { chinaDateOf, isAfter, isBefore, isValidIsoDate, type IsoDate } from '../calendar';
import { lookupDivision } from '../regions';
import type { Gender } from './enums';

export type IdNumberParseResult =
  | { ok: true; idNumber: string; birthDate: IsoDate; gender: Gender }
  | { ok: false; message: string };

export const ID_NUMBER_MESSAGES = {
  missing: '请填写身份证号码',
  oldFifteenDigits: '15位的旧身份证号码已不再使用，请填写18位的身份证号码',
  length: '身份证号码应为18位，请核对后重新输入',
  characters: '身份证号码只能是数字，最后一位可能是字母X，请核对后重新输入',
  region: '身份证号码前6位（地区码）不正确，请核对后重新输入',
  birthDate: '身份证号码中的出生日期不正确，请核对后重新输入',
  futureBirthDate: '身份证号码中的出生日期晚于今天，请核对后重新输入',
  checksum: '身份证号码校验位不正确，请核对后重新输入',
} as const;

/** Weights 2^(17-i) mod 11 of ISO 7064 MOD 11-2, for the first 17 digits. */
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
/** No living insured person was born before this; earlier dates are typing slips. */
const EARLIEST_BIRTH_DATE: IsoDate = '1900-01-01';

/** The check character for the first 17 digits. */
export function idNumberCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let index = 0; index < CHECK_WEIGHTS.length; index += 1) {
    sum += Number(first17Digits[index]) * (CHECK_WEIGHTS[index] ?? 0);
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Spaces are a paste artefact, a lowercase x a typing habit: both are harmless. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks an ID number and derives birth date and gender. `today` (China date) bounds the birth
 * date; it defaults to the machine clock, so pass the request's "now" where time can travel.
 */
export function parseIdNumber(value: unknown, today?: IsoDate): IdNumberParseResult {
  const fail = (message: string): IdNumberParseResult => ({ ok: false, message });
  if (typeof value !== 'string') return fail(ID_NUMBER_MESSAGES.missing);
  const idNumber = normaliseIdNumber(value);
  if (idNumber.length === 0) return fail(ID_NUMBER_MESSAGES.missing);
  if (/^\d{15}$/.test(idNumber)) return fail(ID_NUMBER_MESSAGES.oldFifteenDigits);
  if (idNumber.length !== 18) return fail(ID_NUMBER_MESSAGES.length);
  if (!/^\d{17}[\dX]$/.test(idNumber)) return fail(ID_NUMBER_MESSAGES.characters);

  // Only the province part is checked: numbers keep the county code of birth, and counties
  // and cities are renamed or merged over the years (巢湖 3426 no longer exists).
  if (!lookupDivision(`${idNumber.slice(0, 2)}0000`)) return fail(ID_NUMBER_MESSAGES.region);

  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate) || isBefore(birthDate, EARLIEST_BIRTH_DATE)) {
    return fail(ID_NUMBER_MESSAGES.birthDate);
  }
  if (isAfter(birthDate, today ?? chinaDateOf(new Date()))) {
    return fail(ID_NUMBER_MESSAGES.futureBirthDate);
  }
  if (idNumberCheckCharacter(idNumber) !== idNumber.charAt(17)) {
    return fail(ID_NUMBER_MESSAGES.checksum);
  }
  const gender: Gender = Number(idNumber.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { ok: true, idNumber, birthDate, gender };
}

/** '340303199001011234' → '3403**********1234'. A full number never leaves the server. */
export function maskIdNumber(idNumber: string): string {
  const visible = 4;
  if (idNumber.length <= visible * 2) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, visible)}${'*'.repeat(idNumber.length - visible * 2)}${idNumber.slice(-visible)}`;
}

/**
 * The ID number schema with an explicit "today" (a date, or a function read at parse time).
 * Output: the normalised number (uppercase X, no spaces).
 */
export function idNumberSchemaAsOf(today: IsoDate | (() => IsoDate)) {
  return z.string({ error: ID_NUMBER_MESSAGES.missing }).check(
    // Spaces are normalised away; a tab or other control character is refused, not stripped.
    z.refine((value) => !hasControlCharacters(value.trim()), {
      error: ID_NUMBER_MESSAGES.characters,
      abort: true,
    }),
    z.overwrite(normaliseIdNumber),
    z.superRefine((value, context) => {
      const result = parseIdNumber(value, typeof today === 'function' ? today() : today);
      if (!result.ok) context.addIssue({ code: 'custom', message: result.message, input: value });
    }),
  );
}

/** The ID number schema, with the machine clock's China date as "today". */
export const idNumberSchema = idNumberSchemaAsOf(() => chinaDateOf(new Date()));

export interface GenerateIdNumberOptions {
  /** 6-digit region code of a known province, e.g. '340303'. */
  regionCode: string;
  birthDate: IsoDate;
  /** 0–499: people born the same day in the same place. */
  sequence: number;
  gender: Gender;
}

/**
 * FOR TEST AND DEMO DATA ONLY: builds a well-formed, checksum-valid number for a made-up
 * person. Never use it to "repair" a number a user typed.
 */
export function generateIdNumber({
  regionCode,
  birthDate,
  sequence,
  gender,
}: GenerateIdNumberOptions): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`Not a 6-digit region code: ${regionCode}`);
  if (!isValidIsoDate(birthDate)) throw new RangeError(`Not an ISO date: ${birthDate}`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 499) {
    throw new RangeError(`sequence must be 0–499: ${sequence}`);
  }
  const orderCode = String(sequence * 2 + (gender === 'MALE' ? 1 : 0)).padStart(3, '0');
  const first17Digits = `${regionCode}${birthDate.replaceAll('-', '')}${orderCode}`;
  return `${first17Digits}${idNumberCheckCharacter(first17Digits)}`;
}
