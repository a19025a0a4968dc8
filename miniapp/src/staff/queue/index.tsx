// Reviewers' queue (subpackage `staff`): GET /v1/review/queue?region=, earliest working-day
// deadline first, overdue and due-today marked in words and symbols. One page at a time: “加载更多”
// appends the next (the server's `nextCursor`). `?limit=` on the page's URL sets the page size
// (default: the server's). Rows are summaries (FilingQueueItem): who, what, where to, by when;
// “审核” opens the review page, which reads the whole filing with what the reviewer may do.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CATEGORY_LABELS, REVIEW_QUEUE_PAGE, type FilingQueueItem } from '@yidi/shared';
import { useCallback, useEffect, useState } from 'react';
import { getMe, getReviewQueue } from '../../api/client';
import { ChoiceList } from '../../components/ChoiceList';
import { ErrorText } from '../../components/ErrorText';
import { readableDate, todayInChina } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';
import { sortByDueDate, urgencyOf } from '../../review/reviewQueue';

function QueueItem({ filing, today }: { filing: FilingQueueItem; today: string }) {
  const urgency = filing.review ? urgencyOf(filing.review.dueBy, today) : 'ON_TIME';
  return (
    <View className="card" id={`queue-${filing.id}`} data-testid="queue-item">
      <Text className="field-label">
        {filing.number} · {CATEGORY_LABELS[filing.category]}
      </Text>
      <Text className="hint" id={`queue-${filing.id}-person`}>
        {zh.staff.person(filing.person.name, filing.person.idNumberMasked)}
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
          {filing.review.dueByProvisional && zh.staff.dueByProvisional}
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
  const [filings, setFilings] = useState<FilingQueueItem[]>();
  const [nextCursor, setNextCursor] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>();
  const limit = pageSizeOf(Taro.getCurrentInstance().router?.params.limit);

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
      const page = await getReviewQueue(region, { ...(limit ? { limit } : {}) });
      setFilings(sortByDueDate(page.items));
      setNextCursor(page.nextCursor);
    } catch (failure) {
      setError(failure);
    }
  }, [region, limit]);

  const loadMore = useCallback(async () => {
    if (!region || !nextCursor || loadingMore) return;
    setError(undefined);
    setLoadingMore(true);
    try {
      const page = await getReviewQueue(region, {
        cursor: nextCursor,
        ...(limit ? { limit } : {}),
      });
      setFilings((shown = []) => {
        const seen = new Set(shown.map((filing) => filing.id));
        return sortByDueDate([...shown, ...page.items.filter((filing) => !seen.has(filing.id))]);
      });
      setNextCursor(page.nextCursor);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingMore(false);
    }
  }, [region, nextCursor, loadingMore, limit]);

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
      {nextCursor ? (
        <Button
          id="queue-more"
          className="button"
          loading={loadingMore}
          disabled={loadingMore}
          onClick={() => void loadMore()}
        >
          {zh.staff.loadMore}
        </Button>
      ) : (
        filings &&
        filings.length > 0 && (
          <Text className="hint" id="queue-all-loaded">
            {zh.staff.allLoaded}
          </Text>
        )
      )}
      <Button id="queue-reload" className="button button--secondary" onClick={() => void load()}>
        {zh.common.retry}
      </Button>
    </View>
  );
}

/** `?limit=` from the page's URL: a whole number the server accepts, else the server's default. */
function pageSizeOf(value: string | undefined): number | undefined {
  const size = Number(value);
  return Number.isInteger(size) && size >= 1 && size <= REVIEW_QUEUE_PAGE.max ? size : undefined;
}
