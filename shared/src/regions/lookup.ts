import type { Division } from './division';
import { isSixDigitCode } from './divisionCodes';
import { CITY_DIVISIONS, PROVINCE_DIVISIONS } from './divisionTable';

const divisionsByCode: ReadonlyMap<string, Division> = new Map(
  [...PROVINCE_DIVISIONS, ...CITY_DIVISIONS].map((division) => [division.code, division]),
);

/** A province (xx0000) or prefecture-level city (xxxx00); undefined for counties and unknowns. */
export function lookupDivision(code: string): Division | undefined {
  return isSixDigitCode(code) ? divisionsByCode.get(code) : undefined;
}

/** 6 digits and a known province or prefecture-level city. */
export function isRegionCode(code: string): boolean {
  return lookupDivision(code) !== undefined;
}

/** Every province-level division, 新疆生产建设兵团 660000 included, by code. */
export function provinces(): Division[] {
  return [...PROVINCE_DIVISIONS];
}

/** The province's prefecture-level cities by code; [] for an unknown or non-province code. */
export function citiesOf(provinceCode: string): Division[] {
  return CITY_DIVISIONS.filter((city) => city.provinceCode === provinceCode);
}
