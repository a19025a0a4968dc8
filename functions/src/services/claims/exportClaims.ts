// GET /v1/review/claims/export?region=&status=: the region's claims as CSV (UTF-8 with BOM, CRLF,
// opens in Excel), ID numbers masked, formula-like cells neutralised. One Query per page of GSI5.
import {
  CLAIM_CASE_LABELS,
  CLAIM_KIND_LABELS,
  CLAIM_STATUS_LABELS,
  DOC_TYPE_LABELS,
  type ClaimStatus,
} from '@yidi/shared';
import type { Caller } from '../../middleware/types';
import type { ClaimRecord } from '../../store';
import { reviewRegions } from '../review/reviewerAccess';
import { BOM } from '../review/registrationCsv';
import type { ClaimServiceDeps } from './deps';

export const CLAIM_COLUMNS = [
  '序号',
  '报销编号',
  '姓名',
  '身份证件号码',
  '参保地',
  '费用类型',
  '报销情形',
  '就诊医院',
  '付费日期',
  '金额（元）',
  '状态',
  '申请期限',
  '延长后期限',
  '缺少材料',
  '材料齐全日期',
  '应支付日期',
  '申请日期',
] as const;

/** A cell as Excel must read it: quoted, and never run as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function claimCsv(claims: readonly ClaimRecord[]): string {
  const rows = claims.map((c, i) => [
    String(i + 1),
    c.number,
    c.person.name,
    c.person.idNumberMasked,
    c.insuredRegion,
    CLAIM_KIND_LABELS[c.kind],
    CLAIM_CASE_LABELS[c.case],
    c.hospitalName,
    c.paidOn,
    (c.amountFen / 100).toFixed(2),
    CLAIM_STATUS_LABELS[c.status],
    c.deadline ?? '',
    c.extendedDeadline ?? '',
    c.missing.map((d) => DOC_TYPE_LABELS[d]).join('、'),
    c.completeOn ?? '',
    c.paymentDueBy ?? '',
    c.createdAt.slice(0, 10),
  ]);
  return (
    BOM + [[...CLAIM_COLUMNS], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
  );
}

export async function exportClaims(
  deps: Pick<ClaimServiceDeps, 'store'>,
  caller: Caller,
  query: { region?: string; status?: ClaimStatus },
): Promise<{ csv: string; filename: string }> {
  const regions = reviewRegions(caller, query.region);
  const claims: ClaimRecord[] = [];
  for (const region of regions) {
    let from: Record<string, unknown> | undefined;
    do {
      const page = await deps.store.claims.byRegion(region, query.status, 500, from);
      claims.push(...page.items);
      from = page.next;
    } while (from);
  }
  return { csv: claimCsv(claims), filename: `claims-${query.region ?? 'all'}.csv` };
}
