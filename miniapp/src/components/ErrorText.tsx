// A failure in plain words; with the rule and date when the server named them.
import { Text, View } from '@tarojs/components';
import { isApiError } from '../api/apiError';
import { readableDate } from '../format/dates';
import { messageNamesDate } from '../format/refusal';
import { zh } from '../i18n/zh';

export function errorMessageOf(error: unknown): string {
  return isApiError(error) ? error.message : zh.common.networkError;
}

export function ErrorText({ error, id = 'page-error' }: { error: unknown; id?: string }) {
  if (!error) return null;
  const rule = isApiError(error) ? error.rule : undefined;
  const message = errorMessageOf(error);
  const until = isApiError(error) ? error.until : undefined;
  const showUntil = until !== undefined && !messageNamesDate(message, until);
  return (
    <View id={id}>
      <Text className="error-text">⚠ {message}</Text>
      {rule && <Text className="hint">{zh.detail.ruleText(rule)}</Text>}
      {showUntil && <Text className="hint">{zh.detail.untilText(readableDate(until))}</Text>}
    </View>
  );
}
