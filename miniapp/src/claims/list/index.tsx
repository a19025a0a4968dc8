// A person's claims, newest first (GET /v1/claims?personId=), and the way to start a new one.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, type Claim } from '@yidi/shared';
import { useCallback, useEffect, useState } from 'react';
import { listClaims } from '../../api/claims';
import { ErrorText } from '../../components/ErrorText';
import { readableDate } from '../../format/dates';
import { fenToYuan } from '../../format/money';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';

export default function ClaimListPage() {
  const { rootClassName } = useLargeText();
  const { personId } = usePageParams();
  const [claims, setClaims] = useState<Claim[]>();
  const [error, setError] = useState<unknown>();

  const load = useCallback(async () => {
    setClaims(await listClaims(personId));
  }, [personId]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  Taro.useDidShow?.(() => {
    if (claims) load().catch(setError);
  });

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.claims.listTitle}</Text>
      <ErrorText error={error} />
      {!claims && !error && <Text className="hint">{zh.common.loading}</Text>}
      {claims?.length === 0 && <Text className="hint">{zh.claims.listEmpty}</Text>}
      {claims?.map((claim) => (
        <View key={claim.id} className="card" id={`claim-${claim.id}`} data-testid="claim-card">
          <Text className="field-label">
            {CLAIM_KIND_LABELS[claim.kind]} · {claim.hospitalName}
          </Text>
          <Text className="hint">{CLAIM_STATUS_LABELS[claim.status]}</Text>
          <Text className="hint">{zh.claims.amount(fenToYuan(claim.amountFen))}</Text>
          {claim.paymentDueBy && (
            <Text className="hint">{zh.claims.paymentDueBy(readableDate(claim.paymentDueBy))}</Text>
          )}
          <Button
            id={`claim-${claim.id}-open`}
            className="button button--secondary"
            onClick={() => void Taro.navigateTo({ url: `/claims/detail/index?id=${claim.id}` })}
          >
            {zh.claims.open}
          </Button>
        </View>
      ))}
      {personId && (
        <Button
          id="claims-new"
          className="button"
          onClick={() => void Taro.navigateTo({ url: `/claims/new/index?personId=${personId}` })}
        >
          {zh.claims.start}
        </Button>
      )}
    </View>
  );
}
