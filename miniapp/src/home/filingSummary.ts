// What the home screen says about one registration at a glance: validity, open commitment with
// days left, pending review with its due date, a return waiting for corrections.
import type { Filing, IsoDate } from '@yidi/shared';
import { daysLeft, readableDate } from '../format/dates';
import { zh } from '../i18n/zh';

export interface FilingSummaryLine {
  id: string;
  text: string;
  urgent: boolean;
}

export function filingSummaryLines(filing: Filing, today: IsoDate): FilingSummaryLine[] {
  const lines: FilingSummaryLine[] = [];
  const from = readableDate(filing.validFrom);
  lines.push({
    id: 'validity',
    text: `${zh.filingCard.validity}：${
      filing.validUntil
        ? zh.filingCard.validFromTo(from, readableDate(filing.validUntil))
        : zh.filingCard.validFromOn(from)
    }`,
    urgent: false,
  });
  if (filing.commitment?.status === 'OPEN') {
    const left = daysLeft(today, filing.commitment.dueDate);
    lines.push({
      id: 'commitment',
      text: provisional(
        zh.filingCard.commitmentOpen(readableDate(filing.commitment.dueDate), left),
        filing.commitment.dueDateProvisional === true && left >= 0,
      ),
      urgent: left <= 30,
    });
  }
  if (filing.status === 'PENDING_REVIEW' && filing.review) {
    lines.push({
      id: 'review',
      text: provisional(
        zh.filingCard.reviewPending(readableDate(filing.review.dueBy)),
        filing.review.dueByProvisional === true,
      ),
      urgent: false,
    });
  }
  if (filing.status === 'RETURNED') {
    lines.push({ id: 'returned', text: zh.filingCard.returned, urgent: true });
  }
  return lines;
}

/** A date the server marked provisional says so (CC-201). */
function provisional(text: string, isProvisional: boolean): string {
  return isProvisional ? zh.filingCard.withProvisional(text) : text;
}
