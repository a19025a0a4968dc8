import { claimCsv, CLAIM_COLUMNS } from './exportClaims';
import { deltaOf } from './write';
import type { ClaimRecord } from '../../store';

const claim: ClaimRecord = {
  id: 'p1_abc',
  number: 'BX34010020260701ABC',
  personId: 'p1',
  insuredRegion: '340100',
  kind: 'INPATIENT',
  case: 'NOT_SETTLED_DIRECTLY',
  hospitalName: '=HYPERLINK("x")',
  amountFen: 123456,
  status: 'EXTENDED',
  paidOn: '2026-05-31',
  deadline: '2026-08-31',
  extendedDeadline: '2026-11-30',
  extensionsUsed: 1,
  materialIds: ['p1_m'],
  docTypes: ['RECEIPT'],
  missing: ['ITEMISED_BILL'],
  notices: [],
  person: { name: '张三', idNumberMasked: '3403**********1234' },
  version: 2,
  createdBy: 'u1',
  createdAt: '2026-08-20T02:00:00.000Z',
  updatedAt: '2026-08-21T02:00:00.000Z',
};

describe('claim CSV export', () => {
  it('opens in Excel: BOM, the header, CRLF rows; masked ID; amounts in yuan', () => {
    const csv = claimCsv([claim]);
    expect(csv.startsWith('\uFEFF"序号"')).toBe(true);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header?.split(',')).toHaveLength(CLAIM_COLUMNS.length);
    expect(row).toContain('"3403**********1234"');
    expect(row).toContain('"1234.56"');
    expect(row).toContain('"费用明细清单"');
  });

  it('never lets a cell run as a formula', () => {
    expect(claimCsv([claim])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('claim versions are deltas', () => {
  it('keeps only what changed', () => {
    expect(deltaOf(claim, { ...claim, status: 'FORFEITED', version: 3 })).toEqual({
      status: 'FORFEITED',
    });
    expect(deltaOf(claim, { ...claim, missing: [] })).toEqual({ missing: [] });
  });
});
