// Reviewers' queue (subpackage `staff`): a placeholder until GET /v1/review/queue is wired.
import { Text, View } from '@tarojs/components';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';

export default function ReviewQueuePage() {
  const { rootClassName } = useLargeText();
  return (
    <View className={rootClassName}>
      <Text className="title">{zh.staff.queueTitle}</Text>
      <Text className="hint">{zh.staff.queuePlaceholder}</Text>
    </View>
  );
}
