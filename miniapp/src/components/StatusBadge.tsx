// A filing's status: symbol and words, never colour alone.
import { Text, View } from '@tarojs/components';
import type { FilingStatus } from '@yidi/shared';
import { statusView } from '../format/filingStatus';
import { zh } from '../i18n/zh';

export function StatusBadge({ status, id }: { status: FilingStatus; id?: string }) {
  const view = statusView(status);
  return (
    <View
      {...(id ? { id } : {})}
      className={`status status--${view.tone}`}
      aria-label={`${zh.status.iconLabel}：${view.label}`}
      data-testid="filing-status"
    >
      <Text className="status-icon">{view.icon}</Text>
      <Text>{view.label}</Text>
    </View>
  );
}
