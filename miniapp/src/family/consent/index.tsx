// The person's own consent screen: who asked to act for them (GET /v1/persons/{id}/agents)
// and "同意" (POST /v1/persons/{id}/consent {agentUserId}, the body the backend chose); any
// agent can be withdrawn ("撤销授权", confirmed in a dialog: POST …/agents/{userId}/revocation).
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { giveConsent, listAgents, revokeAgent } from '../../api/client';
import type { AgentLink } from '../../api/types';
import { ErrorText } from '../../components/ErrorText';
import { readableDate, todayInChina } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';

export default function ConsentPage() {
  const { rootClassName } = useLargeText();
  const { personId } = usePageParams();
  const [agents, setAgents] = useState<AgentLink[]>();
  const [error, setError] = useState<unknown>();

  const load = useCallback(async () => {
    if (!personId) return;
    try {
      setAgents(await listAgents(personId));
    } catch (failure) {
      setError(failure);
    }
  }, [personId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function approve(agent: AgentLink) {
    if (!personId) return;
    setError(undefined);
    try {
      const updated = await giveConsent(personId, agent.userId);
      setAgents((current) => current?.map((a) => (a.userId === updated.userId ? updated : a)));
    } catch (failure) {
      setError(failure);
    }
  }

  async function withdraw(agent: AgentLink) {
    if (!personId) return;
    const { confirm } = await Taro.showModal({
      title: zh.consent.withdrawTitle,
      content: zh.consent.withdrawConfirm,
      confirmText: zh.consent.withdraw,
    });
    if (!confirm) return;
    setError(undefined);
    try {
      await revokeAgent(personId, agent.userId);
      setAgents((current) => current?.filter((a) => a.userId !== agent.userId));
      void Taro.showToast({ title: zh.consent.withdrawn, icon: 'success' });
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.consent.title}</Text>
      <Text className="hint">{zh.consent.intro}</Text>
      {!personId && <Text className="error-text">{zh.consent.choosePerson}</Text>}
      {personId && !agents && !error && <Text className="hint">{zh.common.loading}</Text>}
      <ErrorText error={error} />
      {agents?.length === 0 && <Text className="hint">{zh.consent.none}</Text>}
      {agents?.map((agent) => (
        <View
          key={agent.userId}
          className="card"
          id={`agent-${agent.userId}`}
          data-testid="agent-card"
        >
          <Text className="hint" id={`agent-${agent.userId}-relationship`}>
            {zh.consent.relationship}：{zh.consent.agentIs[agent.relationship]}
          </Text>
          {agent.requestedName && (
            <Text className="hint" id={`agent-${agent.userId}-name`}>
              {zh.consent.requestedName}：{agent.requestedName}
            </Text>
          )}
          <Text className="hint" id={`agent-${agent.userId}-requested`}>
            {zh.consent.requestedAt}：{readableDate(todayInChina(new Date(agent.requestedAt)))}
          </Text>
          {agent.authorization === 'ACTIVE' ? (
            <Text className="field-label" id={`agent-${agent.userId}-active`}>
              ✔ {zh.consent.approved}
            </Text>
          ) : (
            <Button
              id={`agent-${agent.userId}-approve`}
              className="button"
              onClick={() => void approve(agent)}
            >
              {zh.consent.approve}
            </Button>
          )}
          <Button
            id={`agent-${agent.userId}-withdraw`}
            className="button button--secondary"
            onClick={() => void withdraw(agent)}
          >
            {zh.consent.withdraw}
          </Button>
        </View>
      ))}
    </View>
  );
}
