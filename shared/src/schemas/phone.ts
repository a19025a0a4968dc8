// Mainland phone numbers: mobiles (1[3-9] + 9 digits) and landlines with their area code
// (0551-12345678). Older people often have only a landline, so both are accepted.
import * as z from 'zod/mini';
import { hasControlCharacters } from './common';

export type PhoneParseResult =
  { ok: true; phone: string; kind: 'MOBILE' | 'LANDLINE' } | { ok: false; message: string };

export const PHONE_MESSAGES = {
  missing: '请填写联系电话',
  invalid: '电话号码不正确：手机号码是11位数字；座机请连区号一起填写，例如 0551-12345678',
} as const;

const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** 010 and 02x are 3-digit area codes (with the 0); every other one has 4 digits. */
const LANDLINE_PATTERN = /^(01\d|02\d|0[3-9]\d{2})-?([1-9]\d{6,7})$/;

/** Accepts spaces, '+86'/'86' before a mobile, and a hyphen or none after the area code. */
export function parsePhone(value: unknown): PhoneParseResult {
  if (typeof value !== 'string') return { ok: false, message: PHONE_MESSAGES.missing };
  // Spaces are normalised away; a tab or other control character is refused, not stripped.
  if (hasControlCharacters(value.trim())) return { ok: false, message: PHONE_MESSAGES.invalid };
  const compact = value.replace(/[\s()（）]+/g, '');
  if (compact.length === 0) return { ok: false, message: PHONE_MESSAGES.missing };

  const mobile = compact.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '').replaceAll('-', '');
  if (MOBILE_PATTERN.test(mobile)) return { ok: true, phone: mobile, kind: 'MOBILE' };

  const landline = LANDLINE_PATTERN.exec(compact);
  if (landline) return { ok: true, phone: `${landline[1]}-${landline[2]}`, kind: 'LANDLINE' };
  return { ok: false, message: PHONE_MESSAGES.invalid };
}

/** Mobile or landline; output normalised ('13812345678', '0551-12345678'). */
export const phoneSchema = z.string({ error: PHONE_MESSAGES.missing }).check(
  z.superRefine((value, context) => {
    const result = parsePhone(value);
    if (!result.ok) context.addIssue({ code: 'custom', message: result.message, input: value });
  }),
  z.overwrite((value) => {
    const result = parsePhone(value);
    return result.ok ? result.phone : value;
  }),
);

/** '13812345678' → '138****5678'; '0551-12345678' → '0551-****5678'. */
export function maskPhone(phone: string): string {
  const hyphen = phone.indexOf('-');
  const areaCode = hyphen >= 0 ? phone.slice(0, hyphen + 1) : '';
  const number = hyphen >= 0 ? phone.slice(hyphen + 1) : phone;
  if (number.length <= 4) return `${areaCode}${'*'.repeat(number.length)}`;
  const keepFront = areaCode === '' && number.length === 11 ? 3 : 0;
  const masked = number.length - keepFront - 4;
  return `${areaCode}${number.slice(0, keepFront)}${'*'.repeat(masked)}${number.slice(-4)}`;
}
