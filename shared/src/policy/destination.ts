// docs/policy-sources.md §7: file to a prefecture-level city (a county-level unit a province administers
// directly counts as one: the division table lists it), or to the province for 海南, 西藏, the four
// municipalities and 兵团 (AH-15-1, HA-6); 淮安 also to any whole province (HA-6); never inside
// the own pooling region (AH-2-3).
import { cityCodeOf, lookupDivision, provinceCodeOf } from '../regions';
import { MESSAGES } from './messages';
import { citiesCoveredBy } from './registry';
import { accepted, refusal, refused } from './refusal';
import type { Decision, Destination, RegionPolicy } from './types';

const SIX_DIGITS = /^\d{6}$/;

export function validateDestination(
  policy: RegionPolicy,
  insuredRegion: string,
  destinationCode: string,
): Decision<Destination> {
  const { provinceLevelCodes, outsidePoolingRegion } = policy.destination;
  const invalid = (text: string, ref: typeof provinceLevelCodes | typeof outsidePoolingRegion) =>
    refused<Destination>(
      refusal('DESTINATION_INVALID', ref, text, { fields: { destinationCode: text } }),
    );
  if (typeof destinationCode !== 'string' || !SIX_DIGITS.test(destinationCode)) {
    return invalid(MESSAGES.destinationUnknown(), provinceLevelCodes);
  }
  const city = cityCodeOf(destinationCode);
  if (outsidePoolingRegion.value && citiesCoveredBy(insuredRegion).includes(city)) {
    const name = lookupDivision(city)?.name ?? destinationCode;
    return invalid(MESSAGES.destinationInsideOwnRegion(name), outsidePoolingRegion);
  }
  const provinceCode = provinceCodeOf(destinationCode);
  const province = lookupDivision(provinceCode);
  if (!province) return invalid(MESSAGES.destinationUnknown(), provinceLevelCodes);
  const crossProvince = provinceCode !== provinceCodeOf(insuredRegionOrSelf(insuredRegion));
  if (provinceLevelCodes.value.includes(provinceCode)) {
    if (destinationCode !== provinceCode) {
      return invalid(MESSAGES.destinationProvinceLevel(province.name), provinceLevelCodes);
    }
    return accepted({ code: provinceCode, name: province.name, level: 'PROVINCE', crossProvince });
  }
  if (destinationCode === provinceCode) {
    // HA-6 "就医地或省份": a region may accept the whole province.
    if (policy.destination.wholeProvinceAccepted.value) {
      return accepted({
        code: provinceCode,
        name: province.name,
        level: 'PROVINCE',
        crossProvince,
      });
    }
    return invalid(MESSAGES.destinationChooseCity(province.name), provinceLevelCodes);
  }
  const division = lookupDivision(destinationCode);
  if (!division) {
    const text = lookupDivision(city)
      ? MESSAGES.destinationChooseCityNotCounty()
      : MESSAGES.destinationUnknown();
    return invalid(text, provinceLevelCodes);
  }
  return accepted({ code: division.code, name: division.name, level: 'CITY', crossProvince });
}

function insuredRegionOrSelf(insuredRegion: string): string {
  return SIX_DIGITS.test(insuredRegion) ? insuredRegion : '000000';
}
