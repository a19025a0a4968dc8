// Status shown as text and a symbol, never colour alone (elder-friendly, colour-blind safe).
import { FILING_STATUS_LABELS, type FilingStatus } from '@yidi/shared';

export type StatusTone = 'good' | 'waiting' | 'attention' | 'ended';

export interface StatusView {
  label: string;
  /**
   * A symbol that reads differently from every other status's; plain symbols the CJK fonts
   * carry, never emoji (without an emoji font those draw as empty boxes).
   */
  icon: string;
  tone: StatusTone;
}

const ICONS: Record<FilingStatus, { icon: string; tone: StatusTone }> = {
  ACTIVE: { icon: '✓', tone: 'good' },
  PENDING_REVIEW: { icon: '○', tone: 'waiting' },
  RETURNED: { icon: '△', tone: 'attention' },
  REJECTED: { icon: '×', tone: 'ended' },
  CANCELLED: { icon: '⊘', tone: 'ended' },
  EXPIRED: { icon: '◇', tone: 'ended' },
  TERMINATED: { icon: '■', tone: 'ended' },
};

export function statusView(status: FilingStatus): StatusView {
  return { label: FILING_STATUS_LABELS[status], ...ICONS[status] };
}
