import { validateDestination } from '../destination';
import { decideNewFiling } from '../newFiling';
import { findPolicyRegion, listPolicyRegions, policyForRegion } from '../registry';
import { AH, HA, YJ, person, refusalOf, request, valueOf } from './fixtures';

describe('§7 destination', () => {
  it.each([
    [
      'AH-15-1: 上海 is filed at the province level',
      '340100',
      '310000',
      { code: '310000', name: '上海市', level: 'PROVINCE', crossProvince: true },
    ],
    [
      'AH-15-1: 新疆生产建设兵团 is filed at the province level',
      '340100',
      '660000',
      { code: '660000', level: 'PROVINCE' },
    ],
    [
      'AH-15-1: 南京 is filed as a city',
      '340100',
      '320100',
      { code: '320100', name: '南京市', level: 'CITY', crossProvince: true },
    ],
    [
      'AH-9: 蚌埠 from 合肥 is in-province',
      '340100',
      '340300',
      { code: '340300', level: 'CITY', crossProvince: false },
    ],
    [
      'AH-2-3: 合肥 is outside the 蚌埠 pooling region',
      '340300',
      '340100',
      { code: '340100', level: 'CITY' },
    ],
  ])('%s', (_name, insured, destination, expected) => {
    expect(valueOf(validateDestination(AH, insured, destination))).toMatchObject(expected);
  });

  it.each([
    [
      'AH-15-1: a city of a province-level destination (海口) is refused',
      '340100',
      '460100',
      'AH-15-1',
      '海南省',
    ],
    ['AH-15-1: a district of 北京 is refused', '340100', '110101', 'AH-15-1', '北京市'],
    [
      'AH-15-1: an ordinary province (江苏) at province level is refused',
      '340100',
      '320000',
      'AH-15-1',
      '江苏省下具体的地级市',
    ],
    [
      'AH-15-1: a county (南京玄武区) is refused: choose the city',
      '340100',
      '320102',
      'AH-15-1',
      '地级市',
    ],
    ['AH-15-1: an unknown code is refused', '340100', '999999', 'AH-15-1', '没有找到'],
    ['AH-15-1: a non-code is refused', '340100', 'Nanjing', 'AH-15-1', '没有找到'],
    ['AH-2-3: the own pooling region is refused', '340100', '340100', 'AH-2-3', '合肥市'],
    [
      'AH-2-3: a county of the own pooling region is refused',
      '340300',
      '340321',
      'AH-2-3',
      '蚌埠市',
    ],
    ['AH-2-3: 省直 members may not file to 合肥', '349900', '340100', 'AH-2-3', '合肥市'],
  ])('%s', (_name, insured, destination, rule, mentions) => {
    const refusal = refusalOf(validateDestination(AH, insured, destination));
    expect(refusal).toMatchObject({ code: 'DESTINATION_INVALID', rule });
    expect(refusal.message).toContain(mentions);
  });

  it('HA-6: 淮安 files to the destination or province too; its own city is refused under HA-4', () => {
    expect(refusalOf(validateDestination(HA, '320800', '310100')).rule).toBe('HA-6');
    expect(refusalOf(validateDestination(HA, '320800', '320800')).rule).toBe('HA-4');
    expect(valueOf(validateDestination(HA, '320800', '340100')).crossProvince).toBe(true);
  });

  it('AH-15-2: the person may use every designated institution there (no hospital is chosen)', () => {
    expect(AH.destination.anyInstitution).toMatchObject({ value: true, rule: 'AH-15-2' });
    expect(HA.destination.anyInstitution).toMatchObject({ value: true, rule: 'HA-6' });
  });

  it('AH-2-3: a new filing inside the own pooling region is refused', () => {
    const decision = decideNewFiling(AH, {
      person: person(AH),
      request: request({ destinationCode: '340102' }),
      today: '2026-03-10',
    });
    expect(refusalOf(decision)).toMatchObject({ code: 'DESTINATION_INVALID', rule: 'AH-2-3' });
  });

  it('YJ-5: 阳江 refuses its own city as a destination', () => {
    expect(refusalOf(validateDestination(YJ, '441700', '441702')).rule).toBe('YJ-5');
  });
});

describe('§7 pooling regions (registry)', () => {
  it('AH-2-3: Anhui has 17 pooling regions (省直 and 16 cities), all AH except 蚌埠', () => {
    const anhui = listPolicyRegions().filter((r) => r.province === '安徽省');
    expect(anhui).toHaveLength(17);
    expect(anhui.filter((r) => r.policyId === 'BB').map((r) => r.code)).toEqual(['340300']);
    expect(anhui.filter((r) => r.policyId === 'AH')).toHaveLength(16);
  });

  it.each([
    ['340300', 'BB'],
    ['340321', 'BB'],
    ['340100', 'AH'],
    ['349900', 'AH'],
    ['341800', 'AH'],
    ['320800', 'HA'],
    ['320803', 'HA'],
    ['510400', 'PZH'],
    ['441700', 'YJ'],
  ])('AH-10: insured region %s uses policy %s', (code, policyId) => {
    expect(policyForRegion(code)?.id).toBe(policyId);
  });

  it.each(['110000', '320100', '', 'abcdef'])('AH-10: %s has no policy', (code) => {
    expect(policyForRegion(code)).toBeUndefined();
    expect(findPolicyRegion(code)).toBeUndefined();
  });
});
