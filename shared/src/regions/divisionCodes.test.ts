import { cityCodeOf, provinceCodeOf } from './divisionCodes';

describe('provinceCodeOf / cityCodeOf', () => {
  it.each([
    ['340311', '340000', '340300'], // 蚌埠 蚌山区
    ['340321', '340000', '340300'], // 怀远县 belongs to 蚌埠
    ['320803', '320000', '320800'], // 淮安 淮安区
    ['441702', '440000', '441700'], // 阳江 江城区
    ['340300', '340000', '340300'],
    ['340000', '340000', '340000'],
    ['110105', '110000', '110100'], // 北京 朝阳区
  ])('%s → province %s, city %s', (code, provinceCode, cityCode) => {
    expect(provinceCodeOf(code)).toBe(provinceCode);
    expect(cityCodeOf(code)).toBe(cityCode);
  });

  it.each(['3403', '34031a', ''])('refuses %j with a RangeError', (code) => {
    expect(() => provinceCodeOf(code)).toThrow(RangeError);
    expect(() => cityCodeOf(code)).toThrow(RangeError);
  });
});
