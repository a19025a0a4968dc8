import { generateIdNumber, ID_NUMBER_MESSAGES } from '@yidi/shared';
import { idNumberFeedback } from './idNumberFeedback';

const TODAY = '2026-11-23';
const VALID = generateIdNumber({
  regionCode: '340303',
  birthDate: '1950-03-01',
  sequence: 12,
  gender: 'FEMALE',
});
const wrongCheck = `${VALID.slice(0, 17)}${VALID.endsWith('0') ? '1' : '0'}`;

describe('idNumberFeedback', () => {
  it.each<{ name: string; typed: string; expected: object }>([
    { name: 'nothing typed', typed: '', expected: { state: 'EMPTY' } },
    { name: 'a correct prefix', typed: '3403', expected: { state: 'TYPING', length: 4 } },
    {
      name: 'spaces from a paste are ignored',
      typed: '3403 0319',
      expected: { state: 'TYPING', length: 8 },
    },
    {
      name: 'a letter is refused at once',
      typed: '3403a',
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.characters },
    },
    {
      name: 'an X before the last place is refused at once',
      typed: '34030X',
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.characters },
    },
    {
      name: 'an unknown province after two digits',
      typed: '99',
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.region },
    },
    {
      name: 'a birth year outside 19xx/20xx',
      typed: '3403031850',
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.birthDate },
    },
    {
      name: 'month 13',
      typed: '340303195013',
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.birthDate },
    },
    {
      name: '31 February',
      typed: '34030319500231',
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.birthDate },
    },
    {
      name: 'too long',
      typed: `${VALID}1`,
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.length },
    },
    {
      name: 'a wrong check character',
      typed: wrongCheck,
      expected: { state: 'INVALID', message: ID_NUMBER_MESSAGES.checksum },
    },
    {
      name: 'a valid number gives birth date and gender',
      typed: VALID.toLowerCase(),
      expected: { state: 'VALID', idNumber: VALID, birthDate: '1950-03-01', gender: 'FEMALE' },
    },
  ])('$name', ({ typed, expected }) => {
    expect(idNumberFeedback(typed, TODAY)).toEqual(expected);
  });

  it('never reports a prefix of a valid number as invalid', () => {
    for (let length = 1; length < VALID.length; length += 1) {
      expect(idNumberFeedback(VALID.slice(0, length), TODAY).state).toBe('TYPING');
    }
  });
});
