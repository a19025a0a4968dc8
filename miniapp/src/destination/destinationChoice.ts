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
