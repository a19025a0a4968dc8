// Reviewers' queue (subpackage `staff`): GET /v1/review/queue?region=, earliest working-day
// deadline first, overdue and due-today marked in words and symbols.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CATEGORY_LABELS, type Filing } from '@yidi/shared';
import { useCallback, useEffect, useState } from 'react';
import { getMe, getReviewQueue } from '../../api/client';
import { ChoiceList } from '../../components/ChoiceList';
import { ErrorText } from '../../components/ErrorText';
import { readableDate, todayInChina } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';
import { sortByDueDate, urgencyOf } from '../../review/reviewQueue';

function QueueItem({ filing, today }: { filing: Filing; today: string }) {
  const urgency = filing.review ? urgencyOf(filing.review.dueBy, today) : 'ON_TIME';
  return (
    <View className="card" id={`queue-${filing.id}`} data-testid="queue-item">
      <Text className="field-label">
        {filing.number} · {CATEGORY_LABELS[filing.category]}
      </Text>
      <Text className="hint">{filing.destination.name}</Text>
      {filing.review && (
        <Text
          className={urgency === 'ON_TIME' ? 'hint' : 'error-text'}
          id={`queue-${filing.id}-due`}
        >
          {urgency === 'OVERDUE' && `⚠ ${zh.staff.overdue} · `}
          {urgency === 'DUE_TODAY' && `！${zh.staff.dueToday} · `}
          {zh.staff.dueBy(readableDate(filing.review.dueBy))}
        </Text>
      )}
      <Button
        id={`queue-${filing.id}-open`}
        className="button"
        onClick={() => void Taro.navigateTo({ url: `/staff/review/index?id=${filing.id}` })}
      >
        {zh.staff.open}
      </Button>
    </View>
  );
}

export default function ReviewQueuePage() {
  const { rootClassName } = useLargeText();
  const [regions, setRegions] = useState<string[]>([]);
  const [region, setRegion] = useState<string>();
  const [filings, setFilings] = useState<Filing[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    getMe().then((me) => {
      setRegions(me.user.regions);
      setRegion(me.user.regions[0]);
    }, setError);
  }, []);

  const load = useCallback(async () => {
    if (!region) return;
    setError(undefined);
    try {
      setFilings(sortByDueDate(await getReviewQueue(region)));
    } catch (failure) {
      setError(failure);
    }
  }, [region]);

  useEffect(() => {
    void load();
  }, [load]);

  Taro.useDidShow?.(() => {
    if (filings) void load();
  });

  const today = todayInChina();
  return (
    <View className={rootClassName}>
      <Text className="title">{zh.staff.queueTitle}</Text>
      {regions.length > 1 && (
        <ChoiceList
          idPrefix="queue-region"
          label={zh.staff.regionLabel}
          choices={regions.map((code) => ({ value: code, label: code }))}
          selected={region}
          onSelect={setRegion}
        />
      )}
      <ErrorText error={error} />
      {!filings && !error && <Text className="hint">{zh.common.loading}</Text>}
      {filings?.length === 0 && <Text className="hint">{zh.staff.empty}</Text>}
      {filings?.map((filing) => (
        <QueueItem key={filing.id} filing={filing} today={today} />
      ))}
      <Button id="queue-reload" className="button button--secondary" onClick={() => void load()}>
        {zh.common.retry}
      </Button>
    </View>
  );
}
