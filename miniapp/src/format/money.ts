// Money as the person types and reads it (元, two decimals) and as the API takes it (whole fen):
// parsed from the text, never through floating point.

/** '1234.5' → 123450; undefined when it is not an amount of yuan with at most two decimals. */
export function yuanToFen(text: string): number | undefined {
  const match = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, yuan = '0', cents = ''] = match;
  const fen = Number(yuan) * 100 + Number(cents.padEnd(2, '0'));
  return fen > 0 ? fen : undefined;
}

/** 123450 → '1234.50'. */
export function fenToYuan(fen: number): string {
  const cents = String(fen % 100).padStart(2, '0');
  return `${Math.floor(fen / 100)}.${cents}`;
}
