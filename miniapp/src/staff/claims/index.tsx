// The reviewer's claim queue (GET /v1/review/claims, earliest due date first), one page at a
// time: "加载更多" asks for the next page with the server's cursor.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, type ClaimQueuePage } from '@yidi/shared';
import { useCallback, useEffect, useState } from 'react';
import { getClaimQueue } from '../../api/claims';
import { ErrorText } from '../../components/ErrorText';
import { readableDate } from '../../format/dates';
import { fenToYuan } from '../../format/money';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';

type QueueClaim = ClaimQueuePage['items'][number];

function ClaimQueueItem({ claim }: { claim: QueueClaim }) {
  return (
    <View className="card" id={`claimq-${claim.id}`} data-testid="claim-queue-item">
      <Text className="field-label">
        {claim.number} · {CLAIM_KIND_LABELS[claim.kind]}
      </Text>
      {claim.person && (
        <Text className="hint">
          {zh.staffClaims.person(claim.person.name, claim.person.idNumberMasked)}
        </Text>
      )}
      <Text className="hint">
        {CLAIM_STATUS_LABELS[claim.status]} · {zh.claims.amount(fenToYuan(claim.amountFen))}
      </Text>
      {claim.reviewDueBy && (
        <Text className={claim.overdue ? 'error-text' : 'hint'} id={`claimq-${claim.id}-due`}>
          {claim.overdue && `⚠ ${zh.staffClaims.overdue} · `}
          {zh.staffClaims.dueBy(readableDate(claim.reviewDueBy))}
        </Text>
      )}
      <Button
        id={`claimq-${claim.id}-open`}
        className="button"
        onClick={() => void Taro.navigateTo({ url: `/staff/claim/index?id=${claim.id}` })}
      >
        {zh.staff.open}
      </Button>
    </View>
  );
}

export default function ClaimQueuePage() {
  const { rootClassName } = useLargeText();
  const [items, setItems] = useState<QueueClaim[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();

  const loadFirst = useCallback(async () => {
    const page = await getClaimQueue();
    setItems(page.items);
    setCursor(page.nextCursor);
  }, []);

  useEffect(() => {
    loadFirst().catch(setError);
  }, [loadFirst]);

  Taro.useDidShow?.(() => {
    if (items) loadFirst().catch(setError);
  });

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await getClaimQueue(undefined, cursor);
      setItems((previous) => [...(previous ?? []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.staffClaims.queueTitle}</Text>
      <ErrorText error={error} />
      {!items && !error && <Text className="hint">{zh.common.loading}</Text>}
      {items?.length === 0 && <Text className="hint">{zh.staffClaims.empty}</Text>}
      {items?.map((claim) => (
        <ClaimQueueItem key={claim.id} claim={claim} />
      ))}
      {cursor && (
        <Button
          id="claimq-more"
          className={loading ? 'button button--disabled' : 'button button--secondary'}
          disabled={loading}
          onClick={() => void loadMore()}
        >
          {loading ? zh.common.loading : zh.staffClaims.loadMore}
        </Button>
      )}
    </View>
  );
}
