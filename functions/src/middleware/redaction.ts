// Personal data taken out of everything we log: national ID numbers and phone numbers wherever
// they appear in text, any attribute whose name says it holds a name, ID number, phone or
// address, and every run of Chinese characters (a name inside an error message cannot be told
// from other text; our own log text is English). The logger applies it to every entry, so no
// call site can forget it.

const ID_NUMBER_IN_TEXT =
  /(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?![0-9])/g;
const ANY_18_DIGITS = /(?<![0-9])\d{17}[\dXx](?![0-9])/g;
const MOBILE_IN_TEXT = /(?<![0-9])(?:\+?86)?1[3-9]\d{9}(?![0-9])/g;
const LANDLINE_IN_TEXT = /(?<![0-9])0\d{2,3}-?[1-9]\d{6,7}(?![0-9])/g;
const CHINESE_TEXT = /[\p{Script=Han}·]+/gu;
const SENSITIVE_KEY =
  /^(name|personName|idNumber|phone|phone2|address|contact|body|idNumberEncrypted|phoneEncrypted)$/i;

export const REDACTED = '[REDACTED]';

export function redactText(text: string): string {
  return text
    .replace(ID_NUMBER_IN_TEXT, REDACTED)
    .replace(ANY_18_DIGITS, REDACTED)
    .replace(MOBILE_IN_TEXT, REDACTED)
    .replace(LANDLINE_IN_TEXT, REDACTED)
    .replace(CHINESE_TEXT, REDACTED);
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactText(value.message),
      stack: value.stack ? redactText(value.stack) : undefined,
      ...(value.cause === undefined ? {} : { cause: redact(value.cause, depth + 1) }),
    };
  }
  if (Array.isArray(value)) return value.map((entry) => redact(entry, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [
        key,
        SENSITIVE_KEY.test(key) ? REDACTED : redact(entry, depth + 1),
      ]),
    );
  }
  return value;
}
