// The 办理记录 of a filing: its versions in brief, read by their own request after the filing
// (GET /v1/filings/{id}/audit; GET filing carries no `history` in layout 3). Loads, fails and
// retries on its own, so nothing else on the detail page waits for it.
import { Button, Text, View } from '@tarojs/components';
import { CHANGE_REASON_LABELS, FILING_STATUS_LABELS, chinaDateOf } from '@yidi/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getFilingVersions } from '../../api/client';
import type { FilingVersion } from '../../api/types';
import { errorMessageOf } from '../../components/ErrorText';
import { readableDate } from '../../format/dates';
import { zh } from '../../i18n/zh';

type HistoryState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; versions: FilingVersion[] };

function lineOf(entry: FilingVersion): string {
  const actor =
    entry.actor.kind === 'UNKNOWN' ? undefined : zh.detail.historyActors[entry.actor.kind];
  return [
    // The day in China: an instant late in the UTC day is already the next day there.
    readableDate(chinaDateOf(new Date(entry.at))),
    zh.detail.events[entry.filingEvent],
    FILING_STATUS_LABELS[entry.toStatus],
    entry.destination.name,
    ...(entry.changeReason ? [CHANGE_REASON_LABELS[entry.changeReason]] : []),
    ...(actor ? [actor] : []),
  ].join(' · ');
}

/** `version`: the filing's version as shown; a newer one (after an action) reads the record again. */
export function HistorySection({ filingId, version }: { filingId: string; version: number }) {
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });
  // Only the latest request may set the state: a slow answer for an older version is dropped.
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    setState({ kind: 'loading' });
    try {
      const versions = await getFilingVersions(filingId);
      if (request === latest.current) setState({ kind: 'ready', versions });
    } catch (failure) {
      if (request === latest.current)
        setState({ kind: 'failed', message: errorMessageOf(failure) });
    }
  }, [filingId]);

  useEffect(() => {
    void load();
  }, [load, version]);

  return (
    <View id="detail-history-section">
      <Text className="field-label">{zh.detail.historyHeading}</Text>
      {state.kind === 'loading' && (
        <Text className="hint" id="detail-history-loading">
          {zh.detail.historyLoading}
        </Text>
      )}
      {state.kind === 'failed' && (
        <View id="detail-history-error">
          <Text className="error-text">⚠ {zh.detail.historyFailed}</Text>
          <Text className="hint">{state.message}</Text>
          <Button
            id="detail-history-retry"
            className="button button--secondary"
            onClick={() => void load()}
          >
            {zh.detail.historyRetry}
          </Button>
        </View>
      )}
      {state.kind === 'ready' && (
        <View id="detail-history">
          {state.versions.length === 0 && <Text className="hint">{zh.detail.historyEmpty}</Text>}
          {state.versions.map((entry) => (
            <Text
              key={entry.version}
              id={`history-entry-${entry.version}`}
              className="hint"
              data-testid="history-entry"
            >
              {lineOf(entry)}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
