// What a message says, in plain Chinese, for each occasion. Pure: the text is decided here and
// nowhere else; the WeChat template gets the short fields, the inbox the full body.
import {
  CATEGORY_LABELS,
  chineseDate,
  daysBetween,
  DOC_TYPE_LABELS,
  type CommitmentConsequence,
  type IsoDate,
  type Reminder,
} from '@yidi/shared';
import type { FilingRecord, MessageKind, MessageRecord, ReviewNotice } from '../../store';
import type { DeadlineMove } from '../calendar/recount';

export type MessageContent = Pick<MessageRecord, 'kind' | 'title' | 'body' | 'fields'> &
  Partial<Pick<MessageRecord, 'dueDate' | 'daysBefore'>>;

const CONSEQUENCE_TEXT: Record<CommitmentConsequence, string> = {
  CLAWBACK: '承诺期内已结算的医疗费用将全额追回',
  LONG_TERM_BENEFITS_ENDED: '长期异地就医待遇将取消（本次就医不受影响）',
  CREDIT_REPORT: '将按规定报送市信用信息平台',
};

/** WeChat "thing" fields take at most 20 characters. */
const short = (text: string, max = 20) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
const place = (filing: Pick<FilingRecord, 'destination'>) => filing.destination.name;

export function reminderContent(
  filing: FilingRecord,
  reminder: Reminder,
  today: IsoDate,
  consequence?: CommitmentConsequence,
): MessageContent {
  const daysLeft = daysBetween(today, reminder.dueDate);
  const left = daysLeft <= 0 ? '今天是最后一天' : `还剩${daysLeft}天`;
  const due = chineseDate(reminder.dueDate);
  if (reminder.kind === 'COMMITMENT_DUE') {
    const missing = (filing.commitment?.missing ?? []).map((doc) => DOC_TYPE_LABELS[doc]);
    return {
      kind: 'COMMITMENT_DUE',
      title: '承诺补交材料提醒',
      body:
        `您承诺补交的材料（${missing.join('、') || '证明材料'}）须在${due}前补齐，${left}。` +
        `逾期未补齐，备案将被终止${consequence ? `，${CONSEQUENCE_TEXT[consequence]}` : ''}。`,
      fields: {
        subject: '补交承诺材料',
        date: reminder.dueDate,
        note: short(`${left}，请尽快补交`),
      },
      dueDate: reminder.dueDate,
      daysBefore: reminder.daysBefore,
    };
  }
  return {
    kind: 'EXPIRY',
    title: '备案即将到期',
    body:
      `您的异地就医备案（${CATEGORY_LABELS[filing.category]}，就医地${place(filing)}）将于${due}到期，${left}。` +
      '如需继续在异地就医，请及时重新备案。',
    fields: {
      subject: '异地就医备案到期',
      date: reminder.dueDate,
      note: short(`${left}，可重新备案`),
    },
    dueDate: reminder.dueDate,
    daysBefore: reminder.daysBefore,
  };
}

export function reviewContent(
  filing: Pick<FilingRecord, 'destination' | 'validFrom'>,
  decision: 'APPROVE' | 'RETURN' | 'REJECT',
  notices: ReviewNotice[],
  today: IsoDate,
): MessageContent {
  const problems = notices
    .map((notice, index) => {
      const doc = notice.docType ? `${DOC_TYPE_LABELS[notice.docType]}：` : '';
      return `${index + 1}. ${doc}${notice.problem}`;
    })
    .join('；');
  const kinds: Record<typeof decision, MessageKind> = {
    APPROVE: 'REVIEW_APPROVED',
    RETURN: 'REVIEW_RETURNED',
    REJECT: 'REVIEW_REJECTED',
  };
  const text = {
    APPROVE: {
      title: '备案已通过',
      body: `您的异地就医备案（就医地${place(filing)}）已审核通过，自${chineseDate(filing.validFrom)}起生效。`,
      note: '审核通过，已生效',
    },
    RETURN: {
      title: '备案需要补正',
      body: `您的异地就医备案需要补正，请一次改好以下问题后重新提交：${problems}。`,
      note: `需补正${notices.length}项，请重新提交`,
    },
    REJECT: {
      title: '备案未通过',
      body: `您的异地就医备案未通过审核。原因：${problems}。`,
      note: '未通过，详情见备案记录',
    },
  }[decision];
  return {
    kind: kinds[decision],
    title: text.title,
    body: text.body,
    fields: {
      subject: short(`异地就医备案${text.title.slice(2)}`),
      date: today,
      note: short(text.note),
    },
  };
}

export function statusContent(
  filing: FilingRecord,
  status: 'TERMINATED' | 'EXPIRED',
  today: IsoDate,
  consequence?: CommitmentConsequence,
): MessageContent {
  if (status === 'TERMINATED') {
    return {
      kind: 'TERMINATED',
      title: '备案已终止',
      body:
        `您承诺补交的材料未在${chineseDate(filing.commitment?.dueDate ?? today)}前补齐，异地就医备案已终止` +
        `${consequence ? `，${CONSEQUENCE_TEXT[consequence]}` : ''}。`,
      fields: { subject: '异地就医备案已终止', date: today, note: short('承诺材料逾期未补齐') },
    };
  }
  return {
    kind: 'EXPIRED',
    title: '备案已到期',
    body: `您的异地就医备案（就医地${place(filing)}）已到期。如需继续在异地就医，请重新备案。`,
    fields: { subject: '异地就医备案已到期', date: today, note: short('如需继续请重新备案') },
  };
}

const PROVISIONAL_NOTE = '按法定节假日预估，国务院公布安排后可能顺延';

/** CC-201: a loaded holiday schedule (or the law's holidays) moved the person's dates. */
export function deadlineMovedContent(
  filing: Pick<FilingRecord, 'destination'>,
  moves: readonly DeadlineMove[],
): MessageContent {
  const sentences = moves.map((move) => {
    const what =
      move.kind === 'COMMITMENT_DUE'
        ? '您承诺补交材料的期限'
        : `您的异地就医备案（就医地${place(filing)}）审核办结期限`;
    const note = move.provisional ? `（${PROVISIONAL_NOTE}）` : '';
    return `${what}由${chineseDate(move.from)}调整为${chineseDate(move.to)}${note}。`;
  });
  const first = moves[0];
  const commitment = moves.find((move) => move.kind === 'COMMITMENT_DUE');
  return {
    kind: 'DEADLINE_MOVED',
    title: '节假日安排调整了期限',
    body: `按国家法定节假日安排，${sentences.join('')}`,
    fields: {
      subject: commitment ? '补交承诺材料期限调整' : '备案审核期限调整',
      date: (commitment ?? first)?.to ?? '',
      note: short('节假日顺延，请按新期限办理'),
    },
    ...(commitment ? { dueDate: commitment.to } : {}),
  };
}

/** A reviewer's decision on a PZH-4-2-2 extension request. */
export function extensionDecisionContent(
  filing: Pick<FilingRecord, 'destination' | 'validUntil'>,
  approved: boolean,
  today: IsoDate,
  note?: string,
): MessageContent {
  const until = filing.validUntil ? chineseDate(filing.validUntil) : '';
  return approved
    ? {
        kind: 'EXTENSION_APPROVED',
        title: '延期申请已同意',
        body: `您的转诊备案（就医地${place(filing)}）延期申请已审批同意，有效期延至${until}。`,
        fields: { subject: '转诊备案延期已同意', date: today, note: short(`有效期延至${until}`) },
      }
    : {
        kind: 'EXTENSION_REFUSED',
        title: '延期申请未同意',
        body:
          `您的转诊备案（就医地${place(filing)}）延期申请未获同意${note ? `：${note}` : ''}。` +
          `备案有效期仍至${until}，如需继续转诊就医，请重新申请备案。`,
        fields: { subject: '转诊备案延期未同意', date: today, note: short('详情见备案记录') },
      };
}

/** AH 第十三条（一）: staff recorded an insurance-status change that ended the registration. */
export function insuranceStatusEndContent(
  filing: Pick<FilingRecord, 'destination'>,
  today: IsoDate,
): MessageContent {
  return {
    kind: 'TERMINATED',
    title: '备案已终止',
    body: `您的参保状态发生变化，异地就医长期备案（就医地${place(filing)}）已于${chineseDate(today)}终止。如仍需在异地就医，请按新的参保关系重新备案。`,
    fields: { subject: '异地就医备案已终止', date: today, note: short('参保状态发生变化') },
  };
}

/** To an agent whose authorization the person withdrew (named as the agent's link names them). */
export function revocationContent(personName: string, today: IsoDate): MessageContent {
  return {
    kind: 'AUTHORIZATION_REVOKED',
    title: '代办授权已撤销',
    body: `${personName}已撤销您的代办授权，您不能再查看或办理其异地就医备案。如有需要，请与本人联系后重新申请代办。`,
    fields: { subject: '代办授权已撤销', date: today, note: short('如需代办请重新申请') },
  };
}
