import {
  BOM,
  csvCell,
  registrationCsv,
  registrationCsvHeader,
  registrationCsvLines,
  REGISTRATION_COLUMNS,
} from './registrationCsv';
import type { FilingRecord, PersonRecord } from '../../store';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+86', "'+86"],
    ['-1', "'-1"],
    ['@sum', "'@sum"],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('registrationCsv', () => {
  const filing = {
    number: '34010020261215ABCDEF12',
    insuredRegion: '340100',
    category: 'REFERRAL',
    destination: { code: '320100', name: '南京市', level: 'CITY' },
    status: 'ACTIVE',
    filedOn: '2026-12-15',
    validFrom: '2026-12-15',
    validUntil: '2027-12-14',
    commitment: null,
    contact: { address: '南京市鼓楼区中山路1号', phone: '13912345678' },
    details: {
      review: { decidedAt: '2026-12-16T17:30:00.000Z' },
      lastChange: { on: '2027-01-02' },
    },
  } as unknown as FilingRecord;
  const person = {
    name: '王五',
    gender: 'MALE',
    idNumberMasked: '3401**********0011',
    insuranceType: 'EMPLOYEE',
  } as PersonRecord;

  it('starts with a BOM and the header, one CRLF row per registration, in the header’s order', () => {
    const csv = registrationCsv([{ filing, person }]);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(header).toBe(REGISTRATION_COLUMNS.join(','));
    expect(end).toBe('');
    expect(row?.split(',')).toEqual([
      '1',
      '34010020261215ABCDEF12',
      '王五',
      '男',
      '3401**********0011',
      '职工医保',
      '异地转诊人员',
      '变更',
      '合肥市',
      '江苏省',
      '南京市',
      // Masked: the export is a register, not a call list (issue 11, point 7).
      '南京市鼓楼区****',
      '139****5678',
      '',
      '2026-12-15',
      '2027-12-14',
      '已生效',
      '否',
      '',
      '2026-12-15',
      '2026-12-17', // decided 01:30 China time on the 17th
    ]);
  });

  it('written page by page (the export job) is the same file, numbered across pages', () => {
    const rows = Array.from({ length: 5 }, (_, index) => ({
      filing: { ...filing, number: `N${index}` } as FilingRecord,
      person,
    }));
    const paged =
      registrationCsvHeader() +
      registrationCsvLines(rows.slice(0, 2), 0) +
      registrationCsvLines(rows.slice(2), 2);
    expect(paged).toBe(registrationCsv(rows));
    expect(paged.split('\r\n').map((line) => line.split(',')[0])).toEqual([
      '\uFEFF序号',
      '1',
      '2',
      '3',
      '4',
      '5',
      '',
    ]);
  });
});
