import type { Filing } from '@yidi/shared';
import { filingSummaryLines } from './filingSummary';

const BASE = {
  status: 'ACTIVE',
  validFrom: '2026-11-01',
  validUntil: null,
  commitment: null,
  review: null,
} as unknown as Filing;

describe('filingSummaryLines', () => {
  it.each<{
    name: string;
    filing: Partial<Filing>;
    expected: Array<{ id: string; text: string; urgent: boolean }>;
  }>([
    {
      name: 'an indefinite active registration',
      filing: {},
      expected: [{ id: 'validity', text: '有效期：2026年11月1日 起长期有效', urgent: false }],
    },
    {
      name: 'an open commitment with its days left',
      filing: {
        validUntil: '2027-10-31',
        commitment: {
          status: 'OPEN',
          signedAt: '2026-11-01T10:00:00+08:00',
          dueDate: '2026-12-01',
          missing: [],
          clawback: true,
        },
      },
      expected: [
        { id: 'validity', text: '有效期：2026年11月1日 至 2027年10月31日', urgent: false },
        { id: 'commitment', text: '承诺补交材料：请在2026年12月1日前补齐，还剩8天', urgent: true },
      ],
    },
    {
      name: 'a pending review with its due date',
      filing: { status: 'PENDING_REVIEW', review: { dueBy: '2026-11-25', notices: [] } },
      expected: [
        { id: 'validity', text: '有效期：2026年11月1日 起长期有效', urgent: false },
        { id: 'review', text: '正在审核，最晚2026年11月25日办结', urgent: false },
      ],
    },
    {
      name: 'CC-201: a provisional commitment date and review date say they may move',
      filing: {
        status: 'PENDING_REVIEW',
        validUntil: '2027-10-31',
        commitment: {
          status: 'OPEN',
          signedAt: '2026-11-05T10:00:00+08:00',
          dueDate: '2027-02-09',
          dueDateProvisional: true,
          missing: [],
          clawback: false,
        },
        review: { dueBy: '2027-02-10', dueByProvisional: true, notices: [] },
      },
      expected: [
        { id: 'validity', text: '有效期：2026年11月1日 至 2027年10月31日', urgent: false },
        {
          id: 'commitment',
          text: '承诺补交材料：请在2027年2月9日前补齐，还剩78天（按法定节假日预估，国务院公布安排后可能顺延）',
          urgent: false,
        },
        {
          id: 'review',
          text: '正在审核，最晚2027年2月10日办结（按法定节假日预估，国务院公布安排后可能顺延）',
          urgent: false,
        },
      ],
    },
  ])('$name', ({ filing, expected }) => {
    expect(filingSummaryLines({ ...BASE, ...filing }, '2026-11-23')).toEqual(expected);
  });
});
