// Messages for one person (GET /v1/persons/{id}/messages), each with a button to what it is
// about (a filing or a claim: its subject). A 404 shows a clearly labelled placeholder instead of
// an error.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { messagePage } from '@yidi/shared';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { listMessages } from '../../api/client';
import type { InboxMessage } from '../../api/types';
import { ErrorText } from '../../components/ErrorText';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; messages: InboxMessage[] };

export default function MessagesPage() {
  const { rootClassName } = useLargeText();
  const { personId } = usePageParams();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (!personId) return;
    listMessages(personId).then(
      (messages) => setState({ kind: 'ready', messages }),
      (error: unknown) =>
        setState(
          isApiError(error) && error.status === 404
            ? { kind: 'unavailable' }
            : { kind: 'failed', error },
        ),
    );
  }, [personId]);

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.messages.title}</Text>
      {state.kind === 'loading' && <Text className="hint">{zh.common.loading}</Text>}
      {state.kind === 'unavailable' && (
        <Text className="hint" id="messages-placeholder">
          {zh.messages.placeholder}
        </Text>
      )}
      {state.kind === 'failed' && <ErrorText error={state.error} />}
      {state.kind === 'ready' && state.messages.length === 0 && (
        <Text className="hint">{zh.messages.empty}</Text>
      )}
      {state.kind === 'ready' &&
        state.messages.map((message) => (
          <View
            key={message.id}
            className="card"
            id={`message-${message.id}`}
            data-testid="message"
          >
            <Text className="field-label">{message.title}</Text>
            <Text className="hint">{message.createdAt.slice(0, 10)}</Text>
            <Text>{message.body}</Text>
            <Button
              id={`message-${message.id}-open`}
              className="button button--secondary"
              onClick={() => void Taro.navigateTo({ url: `/${messagePage(message.subject)}` })}
            >
              {zh.messages.open[message.subject.kind]}
            </Button>
          </View>
        ))}
    </View>
  );
}
