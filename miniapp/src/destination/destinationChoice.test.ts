import { provinces } from '@yidi/shared';
import {
  cityOptions,
  destinationForCity,
  destinationForProvince,
  searchDestinations,
} from './destinationChoice';

const byName = (name: string) => {
  const province = provinces().find((p) => p.name.startsWith(name));
  if (!province) throw new Error(`no province ${name}`);
  return province;
};

describe('destination choice', () => {
  it.each(['海南', '西藏', '北京', '天津', '上海', '重庆', '新疆生产建设兵团'])(
    '%s is chosen at province level',
    (name) => {
      const province = byName(name);
      expect(cityOptions(province.code)).toEqual([]);
      expect(destinationForProvince(province)).toEqual({
        provinceCode: province.code,
        code: province.code,
        name: province.name,
      });
    },
  );

  it('other provinces need a city', () => {
    const jiangsu = byName('江苏');
    expect(destinationForProvince(jiangsu)).toBeUndefined();
    const cities = cityOptions(jiangsu.code);
    const nanjing = cities.find((city) => city.code === '320100');
    expect(nanjing).toBeDefined();
    if (nanjing) expect(destinationForCity(nanjing).code).toBe('320100');
  });

  it.each([
    ['湖北', ['仙桃市', '潜江市', '天门市', '神农架林区']],
    ['河南', ['济源市']],
    ['新疆维吾尔', ['石河子市', '阿拉尔市', '五家渠市', '胡杨河市', '白杨市']],
  ])('AH-15-1: %s offers its directly administered county-level units as cities', (name, units) => {
    const names = cityOptions(byName(name).code).map((city) => city.name);
    for (const unit of units) expect(names).toContain(unit);
    expect(names.some((n) => n.endsWith('直辖县级行政区划'))).toBe(false);
  });
});

describe('searchDestinations', () => {
  const labels = (query: string) => searchDestinations(query).map((match) => match.label);

  it('finds a city by its name, with its province', () => {
    expect(labels('苏州')).toEqual(['江苏省 苏州市']);
    expect(labels('苏州市')).toEqual(['江苏省 苏州市']);
  });

  it('finds a city by province and city together, with or without 省/市', () => {
    expect(labels('江苏苏州')).toEqual(['江苏省 苏州市']);
    expect(labels('安徽省蚌埠')).toEqual(['安徽省 蚌埠市']);
  });

  it('a province name gives the province and its cities', () => {
    const found = labels('江苏');
    expect(found[0]).toBe('江苏省');
    expect(found).toContain('江苏省 南京市');
    expect(found).toHaveLength(1 + cityOptions(byName('江苏').code).length);
  });

  it('a province-level destination comes as the province alone', () => {
    const found = searchDestinations('上海');
    expect(found).toHaveLength(1);
    expect(destinationForProvince(found[0]!.division)?.code).toBe('310000');
  });

  it('nothing for an empty query or a name that is nowhere', () => {
    expect(labels('  ')).toEqual([]);
    expect(labels('火星')).toEqual([]);
  });
});
