// The registrations export as CSV (pure). Columns follow the 《异地就医备案表》 (AH 附件1: 备案编号,
// 姓名, 性别, 险种, 人员类别, 登记类别, 社会保障号码, 参保地, 异地联系地址, 联系电话1/2, 转往省,
// 转往地区, 填表日期, 经办日期) and the validity the 备案信息汇总表 records (PZH 附件3-5: start,
// end, status). UTF-8 with a BOM and CRLF line ends, so Excel opens it in Chinese; ID numbers only
// masked; cells that a spreadsheet would run as a formula are neutralised.
import {
  CATEGORY_LABELS,
  FILING_STATUS_LABELS,
  GENDER_LABELS,
  INSURANCE_TYPE_LABELS,
  lookupDivision,
  provinceCodeOf,
} from '@yidi/shared';
import type { FilingRecord, PersonSummary } from '../../store';
import { maskedContact } from '../filings/common/present';

export const REGISTRATION_COLUMNS = [
  '序号',
  '备案编号',
  '姓名',
  '性别',
  '身份证件号码',
  '险种',
  '人员类别',
  '登记类别',
  '参保地',
  '转往省（市、区）',
  '转往地区（市、州）',
  '异地联系地址',
  '联系电话1',
  '联系电话2',
  '备案开始日期',
  '备案截止日期',
  '备案状态',
  '个人承诺',
  '承诺补交期限',
  '填表日期',
  '经办日期',
] as const;

export const BOM = '\uFEFF';

export interface RegistrationRow {
  filing: FilingRecord;
  person?: PersonSummary;
}

const nameOf = (code: string) => lookupDivision(code)?.name ?? code;
const chinaDayOf = (instant: string | undefined) =>
  instant ? new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10) : '';

function cellsOf({ filing, person }: RegistrationRow, index: number): string[] {
  const province = provinceCodeOf(filing.destination.code);
  const decision = filing.details?.review as { decidedAt?: string } | undefined;
  const commitment = filing.commitment;
  const contact = maskedContact(filing.contact);
  return [
    String(index + 1),
    filing.number,
    person?.name ?? '',
    person ? GENDER_LABELS[person.gender] : '',
    person?.idNumberMasked ?? '',
    person ? INSURANCE_TYPE_LABELS[person.insuranceType] : '',
    CATEGORY_LABELS[filing.category],
    filing.details?.lastChange ? '变更' : '新增',
    nameOf(filing.insuredRegion),
    nameOf(province),
    filing.destination.level === 'CITY' ? filing.destination.name : '',
    // Masked like the reviewer's view: the export is a register, not a call list (issue 11, 7).
    contact.address,
    contact.phone,
    contact.phone2 ?? '',
    filing.validFrom,
    filing.validUntil ?? '长期',
    FILING_STATUS_LABELS[filing.status],
    commitment ? `承诺制（${commitmentStatusLabel(commitment.status)}）` : '否',
    commitment?.dueDate ?? '',
    filing.filedOn,
    chinaDayOf(decision?.decidedAt),
  ];
}

function commitmentStatusLabel(status: string): string {
  return { OPEN: '待补交', FULFILLED: '已补齐', BREACHED: '逾期未补' }[status] ?? status;
}

/** RFC 4180 quoting; a leading = + - @ (a formula in Excel) gets a ' in front. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The file's start: the BOM and the header line. */
export function registrationCsvHeader(): string {
  return `${BOM}${REGISTRATION_COLUMNS.map(csvCell).join(',')}\r\n`;
}

/** Lines for `rows`, numbered from `firstIndex` + 1 (an export written page by page). */
export function registrationCsvLines(rows: RegistrationRow[], firstIndex = 0): string {
  return rows
    .map(
      (row, index) =>
        `${cellsOf(row, firstIndex + index)
          .map(csvCell)
          .join(',')}\r\n`,
    )
    .join('');
}

export function registrationCsv(rows: RegistrationRow[]): string {
  return registrationCsvHeader() + registrationCsvLines(rows);
}
