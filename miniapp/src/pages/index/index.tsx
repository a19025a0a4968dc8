// Home: each person the user may act for, and their registrations at a glance (GET /v1/me,
// GET /v1/filings?personId=).
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CATEGORY_LABELS,
  INSURANCE_TYPE_LABELS,
  RELATIONSHIP_LABELS,
  isReviewer,
  type Filing,
  type MeResponse,
  type Person,
} from '@yidi/shared';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { getMe, listFilings } from '../../api/client';
import { readToken } from '../../api/tokenStore';
import { logout } from '../../auth/session';
import { DisplayToggles } from '../../components/DisplayToggles';
import { StatusBadge } from '../../components/StatusBadge';
import { loadDraft } from '../../drafts/draftStore';
import { todayInChina } from '../../format/dates';
import { filingSummaryLines } from '../../home/filingSummary';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';
import { openPrivacyPolicy, PrivacyPopup } from '../../privacy/PrivacyPopup';

type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; me: MeResponse; filings: Record<string, Filing[]> };

const LOGIN_URL = '/pages/login/index';

const go = (url: string) => void Taro.navigateTo({ url });

function FilingCard({ filing }: { filing: Filing }) {
  const today = todayInChina();
  return (
    <View className="card" id={`filing-${filing.id}`} data-testid="filing-card">
      <Text className="field-label">
        {CATEGORY_LABELS[filing.category]} · {filing.destination.name}
      </Text>
      <StatusBadge status={filing.status} />
      {filingSummaryLines(filing, today).map((line) => (
        <Text
          key={line.id}
          className={line.urgent ? 'error-text' : 'hint'}
          id={`filing-${filing.id}-${line.id}`}
        >
          {line.urgent ? `⚠ ${line.text}` : line.text}
        </Text>
      ))}
      <Button
        id={`filing-${filing.id}-open`}
        className="button button--secondary"
        onClick={() => go(`/filing/detail/index?id=${filing.id}`)}
      >
        {zh.home.openFiling}
      </Button>
    </View>
  );
}

function PersonCard({ person, filings }: { person: Person; filings: Filing[] }) {
  const pending = person.authorization === 'PENDING';
  return (
    <View className="card" id={`person-${person.id}`} data-testid="person-card">
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
      {pending && (
        <View>
          <Text className="error-text">{zh.home.authorizationPending}</Text>
          <Text className="hint">{zh.home.authorizationPendingHint}</Text>
        </View>
      )}
      <Text className="field-label">{zh.home.filingsHeading}</Text>
      {filings.length === 0 && <Text className="hint">{zh.home.noFilings}</Text>}
      {filings.map((filing) => (
        <FilingCard key={filing.id} filing={filing} />
      ))}
      {loadDraft(person.id) && <Text className="hint">{zh.home.draftHint}</Text>}
      {!pending && (
        <Button
          id={`person-${person.id}-new-filing`}
          className="button"
          onClick={() => go(`/filing/wizard/index?personId=${person.id}`)}
        >
          {zh.home.newFiling}
        </Button>
      )}
      {!pending && (
        <Button
          id={`person-${person.id}-claims`}
          className="button button--secondary"
          onClick={() => go(`/claims/list/index?personId=${person.id}`)}
        >
          {zh.claims.listTitle}
        </Button>
      )}
      {person.relationship === 'SELF' && (
        <Button
          id={`person-${person.id}-consent`}
          className="button button--secondary"
          onClick={() => go(`/family/consent/index?personId=${person.id}`)}
        >
          {zh.home.consentButton}
        </Button>
      )}
      <Button
        id={`person-${person.id}-messages`}
        className="button button--secondary"
        onClick={() => go(`/inbox/messages/index?personId=${person.id}`)}
      >
        {zh.home.messages}
      </Button>
    </View>
  );
}

/** The user's own card first; the family in the order the server listed them. */
function selfFirst(persons: Person[]): Person[] {
  return [
    ...persons.filter((person) => person.relationship === 'SELF'),
    ...persons.filter((person) => person.relationship !== 'SELF'),
  ];
}

async function filingsOf(persons: Person[]): Promise<Record<string, Filing[]>> {
  const visible = persons.filter((person) => person.authorization === 'ACTIVE');
  const lists = await Promise.all(visible.map((person) => listFilings(person.id)));
  return Object.fromEntries(visible.map((person, index) => [person.id, lists[index] ?? []]));
}

export default function HomePage() {
  const { largeText, toggle, highContrast, toggleContrast, rootClassName } = useLargeText();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  const load = useCallback(async () => {
    if (!readToken()) {
      await Taro.redirectTo({ url: LOGIN_URL });
      return;
    }
    setState({ kind: 'loading' });
    try {
      const me = await getMe();
      setState({ kind: 'ready', me, filings: await filingsOf(me.persons) });
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

  Taro.useDidShow?.(() => {
    if (state.kind === 'ready') void load();
  });

  function signOut() {
    logout();
    void Taro.reLaunch({ url: LOGIN_URL });
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.home.welcome}</Text>
      <DisplayToggles
        largeText={largeText}
        toggle={toggle}
        highContrast={highContrast}
        toggleContrast={toggleContrast}
      />
      {state.kind === 'loading' && <Text className="hint">{zh.common.loading}</Text>}
      {state.kind === 'failed' && (
        <View>
          <Text className="error-text">{state.message}</Text>
          <Button id="home-retry" className="button" onClick={() => void load()}>
            {zh.common.retry}
          </Button>
        </View>
      )}
      {state.kind === 'ready' && (
        <View>
          <Text className="title">{zh.home.personsHeading}</Text>
          {state.me.persons.length === 0 && <Text className="hint">{zh.home.noPersons}</Text>}
          {selfFirst(state.me.persons).map((person) => (
            <PersonCard key={person.id} person={person} filings={state.filings[person.id] ?? []} />
          ))}
          {state.me.identity ? (
            <Text className="hint" id="home-identity">
              ✔ {zh.identity.verifiedAs(state.me.identity.name, state.me.identity.idNumberMasked)}
            </Text>
          ) : (
            <Button
              id="home-verify"
              className="button"
              onClick={() => go('/family/identity/index')}
            >
              {zh.identity.title}
            </Button>
          )}
          {(state.me.notices ?? []).map((notice) => (
            <View key={notice.id} className="card" data-testid="home-notice">
              <Text className="field-label">{notice.title}</Text>
              <Text className="hint">{notice.body}</Text>
            </View>
          ))}
          {/* Adding anyone needs the account's verified identity first (实名认证). */}
          <Button
            id="home-add-person"
            className="button"
            onClick={() => go(state.me.identity ? '/family/add/index' : '/family/identity/index')}
          >
            {zh.home.addPerson}
          </Button>
          {/* The server's reviewer test (REVIEWER or ADMIN), not one of the page's own. */}
          {isReviewer(state.me.user.roles) && (
            <Button
              id="home-staff-queue"
              className="button"
              onClick={() => go('/staff/queue/index')}
            >
              {zh.home.staffQueueButton}
            </Button>
          )}
          {state.me.user.roles.includes('REVIEWER') && (
            <Button
              id="home-staff-claims"
              className="button"
              onClick={() => go('/staff/claims/index')}
            >
              {zh.staffClaims.queueLink}
            </Button>
          )}
        </View>
      )}
      <Button id="home-privacy" className="button button--secondary" onClick={openPrivacyPolicy}>
        {zh.privacy.link}
      </Button>
      <Button id="home-logout" className="button button--secondary" onClick={signOut}>
        {zh.home.logout}
      </Button>
      <PrivacyPopup />
    </View>
  );
}
