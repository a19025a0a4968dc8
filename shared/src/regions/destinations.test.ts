import { PROVINCE_LEVEL_DESTINATION_CODES, isProvinceLevelDestination } from './destinations';
import { lookupDivision } from './lookup';

describe('province-level destinations (AH-15-1, HA-6)', () => {
  it('are 海南, 西藏, 北京, 天津, 上海, 重庆 and 新疆生产建设兵团, all known provinces', () => {
    expect([...PROVINCE_LEVEL_DESTINATION_CODES].sort()).toEqual([
      '110000',
      '120000',
      '310000',
      '460000',
      '500000',
      '540000',
      '660000',
    ]);
    for (const code of PROVINCE_LEVEL_DESTINATION_CODES) {
      expect(lookupDivision(code)?.level).toBe('PROVINCE');
    }
  });

  it.each([
    ['460000', true],
    ['460100', true], // 海口: filed as 海南
    ['540100', true], // 拉萨: filed as 西藏
    ['110105', true],
    ['660000', true],
    ['650000', false], // 新疆维吾尔自治区 is not 兵团
    ['340300', false],
    ['441700', false],
    ['46000', false],
  ])('%s → %s', (code, expected) => {
    expect(isProvinceLevelDestination(code)).toBe(expected);
  });
});
