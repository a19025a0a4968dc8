/** GB/T 2260 levels this product uses: destinations are provinces or prefecture-level cities. */
export type DivisionLevel = 'PROVINCE' | 'CITY';

export interface Division {
  /** 6-digit GB/T 2260 code: '340000' for a province, '340300' for a city. */
  code: string;
  /** Short name, e.g. '蚌埠市'. */
  name: string;
  /** With its province, e.g. '安徽省蚌埠市'; a province's fullName is its name. */
  fullName: string;
  level: DivisionLevel;
  provinceCode: string;
}
