// Home: who is logged in and the persons they may file for (GET /v1/me).
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  INSURANCE_TYPE_LABELS,
  RELATIONSHIP_LABELS,
  type MeResponse,
  type Person,
} from '@yidi/shared';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { getMe } from '../../api/client';
import { readToken } from '../../api/tokenStore';
import { logout } from '../../auth/session';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';

type LoadState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; me: MeResponse };

const LOGIN_URL = '/pages/login/index';

function PersonCard({ person }: { person: Person }) {
  return (
    <View className="card">
      <Text className="title">{person.name}</Text>
      <Text className="hint">
        {zh.home.relationshipLabel}：{RELATIONSHIP_LABELS[person.relationship]}
      </Text>
      <Text className="hint">
        {zh.home.idNumberLabel}：{person.idNumberMasked}
      </Text>
      <Text className="hint">
        {zh.home.insuranceTypeLabel}：{INSURANCE_TYPE_LABELS[person.insuranceType]}
      </Text>
      {person.authorization === 'PENDING' && (
        <Text className="error-text">{zh.home.authorizationPending}</Text>
      )}
    </View>
  );
}

export default function HomePage() {
  const { largeText, toggle, rootClassName } = useLargeText();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  const load = useCallback(async () => {
    if (!readToken()) {
      await Taro.redirectTo({ url: LOGIN_URL });
      return;
    }
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', me: await getMe() });
    } catch (error) {
      if (isApiError(error) && error.code === 'UNAUTHENTICATED') {
        await Taro.redirectTo({ url: LOGIN_URL });
        return;
      }
      setState({
        kind: 'failed',
        message: isApiError(error) ? error.message : zh.common.networkError,
      });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  function signOut() {
    logout();
    void Taro.reLaunch({ url: LOGIN_URL });
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.home.welcome}</Text>
      <Button className="button button--secondary" onClick={toggle}>
        {largeText ? zh.home.largeTextOff : zh.home.largeTextOn}
      </Button>
      {state.kind === 'loading' && <Text className="hint">{zh.common.loading}</Text>}
      {state.kind === 'failed' && (
        <View>
          <Text className="error-text">{state.message}</Text>
          <Button className="button" onClick={() => void load()}>
            {zh.common.retry}
          </Button>
        </View>
      )}
      {state.kind === 'ready' && (
        <View>
          <Text className="title">{zh.home.personsHeading}</Text>
          {state.me.persons.length === 0 && <Text className="hint">{zh.home.noPersons}</Text>}
          {state.me.persons.map((person) => (
            <PersonCard key={person.id} person={person} />
          ))}
          {state.me.user.roles.includes('REVIEWER') && (
            <Button
              className="button"
              onClick={() => void Taro.navigateTo({ url: '/staff/queue/index' })}
            >
              {zh.home.staffQueueButton}
            </Button>
          )}
        </View>
      )}
      <Button className="button button--secondary" onClick={signOut}>
        {zh.home.logout}
      </Button>
    </View>
  );
}
