// ID number feedback as the user types: quiet while a correct prefix grows, an error as soon as
// a typed character cannot be right, and the shared parser's verdict at 18 characters.
import {
  ID_NUMBER_MESSAGES,
  isValidIsoDate,
  lookupDivision,
  normaliseIdNumber,
  parseIdNumber,
  type Gender,
  type IsoDate,
} from '@yidi/shared';

export type IdNumberFeedback =
  | { state: 'EMPTY' }
  | { state: 'TYPING'; length: number }
  | { state: 'INVALID'; message: string }
  | { state: 'VALID'; idNumber: string; birthDate: IsoDate; gender: Gender };

const ID_LENGTH = 18;

/** Digits only, and an X only as the 18th character. */
function hasOnlyPossibleCharacters(prefix: string): boolean {
  return /^\d{0,17}$/.test(prefix) || /^\d{17}[\dX]$/.test(prefix);
}

/** The birth date digits typed so far (positions 7–14) can still become a real date. */
function birthDatePrefixPossible(prefix: string): boolean {
  const digits = prefix.slice(6, 14);
  if (digits.length >= 4 && !/^(19|20)/.test(digits)) return false;
  if (digits.length >= 6) {
    const month = Number(digits.slice(4, 6));
    if (month < 1 || month > 12) return false;
  }
  if (digits.length === 8) {
    const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
    if (!isValidIsoDate(date)) return false;
  }
  return true;
}

export function idNumberFeedback(value: string, today: IsoDate): IdNumberFeedback {
  const typed = normaliseIdNumber(value);
  if (typed.length === 0) return { state: 'EMPTY' };
  if (typed.length > ID_LENGTH) return { state: 'INVALID', message: ID_NUMBER_MESSAGES.length };
  if (!hasOnlyPossibleCharacters(typed)) {
    return { state: 'INVALID', message: ID_NUMBER_MESSAGES.characters };
  }
  if (typed.length >= 2 && !lookupDivision(`${typed.slice(0, 2)}0000`)) {
    return { state: 'INVALID', message: ID_NUMBER_MESSAGES.region };
  }
  if (!birthDatePrefixPossible(typed)) {
    return { state: 'INVALID', message: ID_NUMBER_MESSAGES.birthDate };
  }
  if (typed.length < ID_LENGTH) return { state: 'TYPING', length: typed.length };
  const parsed = parseIdNumber(typed, today);
  return parsed.ok
    ? {
        state: 'VALID',
        idNumber: parsed.idNumber,
        birthDate: parsed.birthDate,
        gender: parsed.gender,
      }
    : { state: 'INVALID', message: parsed.message };
}
