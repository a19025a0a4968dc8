// Pooling regions (统筹区) → the policy in force. Anhui: 省直 and 16 cities, all AH except 蚌埠
// (BB); one region each for 淮安, 攀枝花, 阳江. A new region is a row here (and, if it has its own
// document, a preset) — no engine change.
import { cityCodeOf } from '../regions';
import { POLICY_PRESETS } from './presets';
import type { RegionPolicy } from './types';

export interface PolicyRegion {
  code: string;
  name: string;
  province: string;
  provinceCode: string;
  policyId: string;
  /** Prefecture-level cities inside this pooling region (AH-2-3: not off-site care). */
  coversCities: readonly string[];
}

const ANHUI = { province: '安徽省', provinceCode: '340000' };

function anhuiCity(code: string, name: string): PolicyRegion {
  return { code, name, ...ANHUI, policyId: code === '340300' ? 'BB' : 'AH', coversCities: [code] };
}

const POLICY_REGIONS: readonly PolicyRegion[] = [
  // 001 第二条（二）: "省直及 16 个市共 17 个医保统筹区". 349900 is the national medical-insurance
  // code convention for a province's own pool (省本级); its members and hospitals are in 合肥.
  { code: '349900', name: '安徽省省直', ...ANHUI, policyId: 'AH', coversCities: ['340100'] },
  anhuiCity('340100', '合肥市'),
  anhuiCity('340200', '芜湖市'),
  anhuiCity('340300', '蚌埠市'),
  anhuiCity('340400', '淮南市'),
  anhuiCity('340500', '马鞍山市'),
  anhuiCity('340600', '淮北市'),
  anhuiCity('340700', '铜陵市'),
  anhuiCity('340800', '安庆市'),
  anhuiCity('341000', '黄山市'),
  anhuiCity('341100', '滁州市'),
  anhuiCity('341200', '阜阳市'),
  anhuiCity('341300', '宿州市'),
  anhuiCity('341500', '六安市'),
  anhuiCity('341600', '亳州市'),
  anhuiCity('341700', '池州市'),
  anhuiCity('341800', '宣城市'),
  {
    code: '320800',
    name: '淮安市',
    province: '江苏省',
    provinceCode: '320000',
    policyId: 'HA',
    coversCities: ['320800'],
  },
  {
    code: '510400',
    name: '攀枝花市',
    province: '四川省',
    provinceCode: '510000',
    policyId: 'PZH',
    coversCities: ['510400'],
  },
  {
    code: '441700',
    name: '阳江市',
    province: '广东省',
    provinceCode: '440000',
    policyId: 'YJ',
    coversCities: ['441700'],
  },
];

const REGIONS_BY_CODE: ReadonlyMap<string, PolicyRegion> = new Map(
  POLICY_REGIONS.map((region) => [region.code, region]),
);

/** The pooling region of a code; a county code ('340321' 怀远县) belongs to its city's pool. */
export function findPolicyRegion(code: string): PolicyRegion | undefined {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return undefined;
  return REGIONS_BY_CODE.get(code) ?? REGIONS_BY_CODE.get(cityCodeOf(code));
}

export function policyForRegion(insuredRegion: string): RegionPolicy | undefined {
  const region = findPolicyRegion(insuredRegion);
  return region ? POLICY_PRESETS[region.policyId] : undefined;
}

export function listPolicyRegions(): {
  code: string;
  name: string;
  province: string;
  policyId: string;
}[] {
  return POLICY_REGIONS.map(({ code, name, province, policyId }) => ({
    code,
    name,
    province,
    policyId,
  }));
}

/** Cities that count as "inside" the insured's own pooling region (AH-2-3). */
export function citiesCoveredBy(insuredRegion: string): readonly string[] {
  const region = findPolicyRegion(insuredRegion);
  if (region) return region.coversCities;
  return /^\d{6}$/.test(insuredRegion) ? [cityCodeOf(insuredRegion)] : [];
}
