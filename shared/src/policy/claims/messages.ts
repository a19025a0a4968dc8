// Every Chinese sentence the claim engine produces (refusals end with their clause via withBasis).
import type { IsoDate } from '../../calendar';
import { CLAIM_KIND_LABELS, type ClaimKind } from '../../schemas/enums';

export const CLAIM_MESSAGES = {
  paidInFuture: () => '付费日期不能晚于今天。',
  kindNotInCase: (kind: ClaimKind) => `所选情形不能报销${CLAIM_KIND_LABELS[kind]}。`,
  filingRequired: () => '这种情形须先办理异地就医备案，请选择对应的备案后再申请。',
  noCase: (kind: ClaimKind) => `参保地没有可以零星报销${CLAIM_KIND_LABELS[kind]}的情形。`,
  deadlinePassed: (deadline: IsoDate) =>
    `零星报销须在全额自付费用结算后的3个月内申请，这笔费用的申请期限到${deadline}，已经超过，按规定视为放弃医保报销。`,
  extendedDeadlinePassed: (deadline: IsoDate) =>
    `延长后的申请期限到${deadline}，已经超过，按规定视为放弃医保报销。`,
  missing: (labels: string[]) => `还缺少以下材料，请一次补齐：${labels.join('、')}。`,
  missingNoDeadline: (labels: string[]) =>
    `还缺少以下材料：${labels.join('、')}。参保地未规定申请期限，材料齐全后再提交即可。`,
  extensionNotOffered: () => '参保地没有零星报销延期的规定。',
  extensionUsed: () => '零星报销只能延期一次。',
  extensionLate: (deadline: IsoDate) => `延期须在申请期限（${deadline}）之前提出，现在已经超过。`,
  notOpen: () => '这份报销申请当前的状态不能办理此项业务。',
  notSubmitted: () => '只有材料齐全、已提交的报销申请才能审核。',
  noExtensionPending: () => '这份报销申请没有待审批的延期申请。',
  specialNotOffered: () => '参保地没有规定特殊情况的支付时限。',
  notApproved: () => '只有审核通过的报销申请才能登记支付。',
} as const;
