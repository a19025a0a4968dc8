import { fenToYuan, yuanToFen } from './money';

describe('money: yuan typed, fen sent', () => {
  it.each([
    ['1234.5', 123450],
    ['1234.50', 123450],
    ['0.01', 1],
    ['88', 8800],
    [' 19.99 ', 1999],
  ])('reads %p yuan as %p fen', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each(['', '0', '0.00', '12.345', '-5', '1,000', 'abc', '1e3'])('refuses %p', (text) => {
    expect(yuanToFen(text)).toBeUndefined();
  });

  it('shows fen as yuan with two decimals', () => {
    expect(fenToYuan(123450)).toBe('1234.50');
    expect(fenToYuan(1)).toBe('0.01');
    expect(fenToYuan(1999)).toBe('19.99');
  });
});
