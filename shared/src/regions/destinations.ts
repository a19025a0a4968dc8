import { isSixDigitCode } from './divisionCodes';

/**
 * AH-15-1, HA-6: off-site care is filed to a prefecture-level city, except in these places,
 * where it is filed to the province level: 海南, 西藏, 北京, 天津, 上海, 重庆, 新疆生产建设兵团.
 */
export const PROVINCE_LEVEL_DESTINATION_CODES: readonly string[] = Object.freeze([
  '460000',
  '540000',
  '110000',
  '120000',
  '310000',
  '500000',
  '660000',
]);

/**
 * True for a code in one of those places, the province itself or anything under it
 * ('460000' and '460100' 海口 alike): a destination there is filed as the province.
 */
export function isProvinceLevelDestination(code: string): boolean {
  return (
    isSixDigitCode(code) && PROVINCE_LEVEL_DESTINATION_CODES.includes(`${code.slice(0, 2)}0000`)
  );
}
