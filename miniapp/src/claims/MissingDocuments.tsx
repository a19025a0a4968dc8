// Every document still missing, at once (HA-18 一次性告知), as the server named them.
import { Text, View } from '@tarojs/components';
import { DOC_TYPE_LABELS, type DocType } from '@yidi/shared';
import { zh } from '../i18n/zh';

export function MissingDocuments({ id, missing }: { id: string; missing: readonly DocType[] }) {
  return (
    <View className="card" id={id}>
      <Text className="error-text">⚠ {zh.claims.missingHeading}</Text>
      {missing.map((docType, index) => (
        <Text key={docType} className="hint" data-testid="missing-document">
          {index + 1}. {DOC_TYPE_LABELS[docType]}
        </Text>
      ))}
    </View>
  );
}
