// Code arithmetic on the GB/T 2260 format (2 digits province, 2 city, 2 county). It says where a
// code belongs, not whether it exists: use isRegionCode for that.

const DIVISION_CODE_PATTERN = /^\d{6}$/;

export function isSixDigitCode(code: string): boolean {
  return typeof code === 'string' && DIVISION_CODE_PATTERN.test(code);
}

function assertSixDigitCode(code: string): void {
  if (!isSixDigitCode(code)) throw new RangeError(`Not a 6-digit division code: ${String(code)}`);
}

/** '340311' → '340000'. Throws a RangeError unless the code has 6 digits. */
export function provinceCodeOf(code: string): string {
  assertSixDigitCode(code);
  return `${code.slice(0, 2)}0000`;
}

/** '340311' → '340300': a county belongs to its city. A province code maps to itself. */
export function cityCodeOf(code: string): string {
  assertSixDigitCode(code);
  return `${code.slice(0, 4)}00`;
}
