// Destination picker data (AH-15-1, HA-6): a prefecture-level city, or the province itself for
// 海南, 西藏, 北京, 天津, 上海, 重庆 and 新疆生产建设兵团.
import { citiesOf, isProvinceLevelDestination, provinces, type Division } from '@yidi/shared';
import type { DraftDestination } from '../drafts/filingDraft';

export function provinceOptions(): Division[] {
  return provinces();
}

/** The cities to offer once a province is chosen; none where the province is the destination. */
export function cityOptions(provinceCode: string): Division[] {
  return isProvinceLevelDestination(provinceCode) ? [] : citiesOf(provinceCode);
}

/** The destination a province choice gives by itself, or undefined when a city must follow. */
export function destinationForProvince(province: Division): DraftDestination | undefined {
  return isProvinceLevelDestination(province.code)
    ? { provinceCode: province.code, code: province.code, name: province.name }
    : undefined;
}

export function destinationForCity(city: Division): DraftDestination {
  return { provinceCode: city.provinceCode, code: city.code, name: city.fullName };
}

/** A search result: a city (chosen at once), or a province (then its cities are offered). */
export interface DestinationMatch {
  division: Division;
  /** What the button reads, e.g. '江苏省 苏州市'. */
  label: string;
}

const MAX_MATCHES = 20;

/** Names compared without the 省/市/自治区 endings, so '江苏苏州' finds 江苏省苏州市. */
function comparable(name: string): string {
  return name.replace(/\s+/g, '').replace(/自治区|特别行政区|省|市/g, '');
}

/**
 * Destinations whose province or city name contains the query (Chinese characters; no pinyin):
 * '苏州' finds 江苏省 苏州市, '江苏' finds the province and its cities. Province-level
 * destinations come as the province itself.
 */
export function searchDestinations(query: string): DestinationMatch[] {
  const wanted = comparable(query);
  if (!wanted) return [];
  const matches: DestinationMatch[] = [];
  for (const province of provinceOptions()) {
    const provinceHit = comparable(province.name).includes(wanted);
    const cities = cityOptions(province.code);
    if (provinceHit) matches.push({ division: province, label: province.name });
    for (const city of cities) {
      const cityHit =
        comparable(city.name).includes(wanted) || comparable(city.fullName).includes(wanted);
      if (provinceHit || cityHit) {
        matches.push({ division: city, label: `${province.name} ${city.name}` });
      }
    }
  }
  return matches.slice(0, MAX_MATCHES);
}
