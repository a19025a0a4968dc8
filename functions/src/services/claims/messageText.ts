// What each step of a claim tells the person, in plain Chinese (the inbox body and the short
// fields of the WeChat template). Pure.
import {
  CLAIM_KIND_LABELS,
  chineseDate,
  DOC_TYPE_LABELS,
  type ClaimDecision,
  type ReviewNotice,
} from '@yidi/shared';
import type { ClaimRecord, MessageKind } from '../../store';
import type { MessageContent } from '../notifications/messageText';

const short = (text: string, max = 20) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
const subjectOf = (claim: ClaimRecord) => short(`零星报销（${CLAIM_KIND_LABELS[claim.kind]}）`);
const missingText = (claim: ClaimRecord) => claim.missing.map((d) => DOC_TYPE_LABELS[d]).join('、');
const problemsOf = (notices: readonly ReviewNotice[]) =>
  notices
    .map((n, i) => `${i + 1}. ${n.docType ? `${DOC_TYPE_LABELS[n.docType]}：` : ''}${n.problem}`)
    .join('；');

function content(
  kind: MessageKind,
  claim: ClaimRecord,
  title: string,
  body: string,
  date: string,
  note: string,
): MessageContent {
  return { kind, title, body, fields: { subject: subjectOf(claim), date, note: short(note) } };
}

/** Submitted complete, or incomplete with an AH-47 extension request, or completed by a supplement. */
export function receivedContent(claim: ClaimRecord): MessageContent {
  if (claim.status === 'EXTENSION_REQUESTED') {
    return content(
      'CLAIM_RECEIVED',
      claim,
      '零星报销延期申请已提交',
      `您的零星报销（${claim.hospitalName}）延期申请已提交，等待医保经办机构审批。还缺少：${missingText(claim)}。` +
        (claim.deadline ? `原申请期限为${chineseDate(claim.deadline)}。` : ''),
      claim.deadline ?? claim.paidOn,
      '延期申请审批中',
    );
  }
  return content(
    'CLAIM_RECEIVED',
    claim,
    '零星报销申请已受理',
    `您的零星报销（${claim.hospitalName}）材料已齐全，已提交医保经办机构审核。`,
    claim.completeOn ?? claim.paidOn,
    '材料齐全，审核中',
  );
}

export function decisionContent(
  claim: ClaimRecord,
  decision: ClaimDecision,
  notices: readonly ReviewNotice[],
): MessageContent {
  switch (decision) {
    case 'APPROVE': {
      const when = claim.paymentDueBy
        ? `预计${chineseDate(claim.paymentDueBy)}前支付${claim.special ? '（属特殊情况，办理时间延长至20个工作日）' : ''}。`
        : '医保经办机构将按时支付。';
      return content(
        'CLAIM_APPROVED',
        claim,
        '零星报销审核通过',
        `您的零星报销（${claim.hospitalName}）审核通过，${when}`,
        claim.paymentDueBy ?? claim.updatedAt.slice(0, 10),
        claim.paymentDueBy ? `预计${claim.paymentDueBy}前支付` : '审核通过',
      );
    }
    case 'RETURN':
      return content(
        'CLAIM_RETURNED',
        claim,
        '零星报销需要补正',
        `您的零星报销（${claim.hospitalName}）需要补正：${problemsOf(notices)}。请一次补齐后重新提交。`,
        claim.updatedAt.slice(0, 10),
        '请按要求补正',
      );
    case 'REJECT':
      return content(
        'CLAIM_REJECTED',
        claim,
        '零星报销未通过',
        `您的零星报销（${claim.hospitalName}）未通过：${problemsOf(notices)}。`,
        claim.updatedAt.slice(0, 10),
        '未通过，查看原因',
      );
    case 'EXTEND_APPROVED':
      return content(
        'CLAIM_EXTENSION_APPROVED',
        claim,
        '零星报销延期已同意',
        `您的零星报销（${claim.hospitalName}）延期申请已同意，请在${chineseDate(claim.extendedDeadline ?? claim.paidOn)}前补齐：${missingText(claim)}。逾期视为放弃医保报销。`,
        claim.extendedDeadline ?? claim.paidOn,
        '已延期，请按期补齐',
      );
    case 'EXTEND_REFUSED':
      return content(
        'CLAIM_EXTENSION_REFUSED',
        claim,
        '零星报销延期未同意',
        `您的零星报销（${claim.hospitalName}）延期申请未同意${notices.length ? `：${problemsOf(notices)}` : ''}。请在${chineseDate(claim.deadline ?? claim.paidOn)}前补齐：${missingText(claim)}。`,
        claim.deadline ?? claim.paidOn,
        '延期未同意',
      );
  }
}

export function paidContent(claim: ClaimRecord): MessageContent {
  return content(
    'CLAIM_PAID',
    claim,
    '零星报销已支付',
    `您的零星报销（${claim.hospitalName}）已支付，金额${(claim.amountFen / 100).toFixed(2)}元（以实际结算为准）。`,
    claim.updatedAt.slice(0, 10),
    '已支付',
  );
}

export function forfeitedContent(claim: ClaimRecord, lastDay: string): MessageContent {
  return content(
    'CLAIM_FORFEITED',
    claim,
    '零星报销已逾期',
    `您的零星报销（${claim.hospitalName}）材料未在${chineseDate(lastDay)}前补齐，按规定视为放弃医保报销。`,
    lastDay,
    '已逾期，视为放弃报销',
  );
}

export function dueReminderContent(
  claim: ClaimRecord,
  dueDate: string,
  daysBefore: number,
): MessageContent {
  return {
    ...content(
      'CLAIM_DUE',
      claim,
      '零星报销材料补齐提醒',
      `您的零星报销（${claim.hospitalName}）还缺少：${missingText(claim)}，须在${chineseDate(dueDate)}前补齐，逾期视为放弃医保报销。`,
      dueDate,
      `还剩${daysBefore}天，请尽快补齐`,
    ),
    dueDate,
    daysBefore,
  };
}

/** A supplement that leaves documents missing: what is still needed, by when. */
export function supplementedContent(claim: ClaimRecord): MessageContent {
  const until = claim.extendedDeadline ?? claim.deadline;
  return content(
    'CLAIM_RECEIVED',
    claim,
    '零星报销材料已补充',
    `您的零星报销（${claim.hospitalName}）已收到补充的材料，还缺少：${missingText(claim)}。` +
      (until ? `请在${chineseDate(until)}前补齐。` : ''),
    until ?? claim.paidOn,
    '还有材料未补齐',
  );
}
