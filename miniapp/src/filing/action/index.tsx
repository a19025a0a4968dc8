// Supplement, change, cancel or extend one filing. Each carries the version the user saw
// (expectedVersion) and an Idempotency-Key kept for retries of the same body.
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CHANGE_REASONS,
  CHANGE_REASON_LABELS,
  type ChangeReason,
  type DocType,
  type Filing,
} from '@yidi/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/apiError';
import {
  cancelFiling,
  changeFiling,
  extendFiling,
  getFiling,
  supplementFiling,
} from '../../api/client';
import { submissionFor, type Submission } from '../../api/submissionKey';
import { ChoiceList } from '../../components/ChoiceList';
import { DestinationPicker } from '../../components/DestinationPicker';
import { ErrorText } from '../../components/ErrorText';
import { MaterialUploader } from '../../components/MaterialUploader';
import type { DraftDestination } from '../../drafts/filingDraft';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';

type Kind = 'supplement' | 'change' | 'cancel' | 'extend';
const TITLES: Record<Kind, string> = {
  supplement: zh.action.supplementTitle,
  change: zh.action.changeTitle,
  cancel: zh.action.cancelTitle,
  extend: zh.action.extendTitle,
};

const SUPPLEMENT_FALLBACK: DocType[] = [
  'RESIDENCE_PERMIT',
  'WORK_PROOF',
  'HOUSEHOLD_REGISTER',
  'EVIDENCE',
];

export default function FilingActionPage() {
  const { rootClassName } = useLargeText();
  const params = usePageParams();
  const kind = (['supplement', 'change', 'cancel', 'extend'] as const).find(
    (k) => k === params.kind,
  );
  const [filing, setFiling] = useState<Filing>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [materialIds, setMaterialIds] = useState<string[]>([]);
  const [reason, setReason] = useState<ChangeReason>();
  const [destination, setDestination] = useState<DraftDestination>();
  const [cancelReason, setCancelReason] = useState('');
  const [inHospital, setInHospital] = useState<boolean>();
  const submission = useRef<Submission>();

  const load = useCallback(async () => {
    if (params.id) setFiling(await getFiling(params.id));
  }, [params.id]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (!kind || !filing) {
    return (
      <View className={rootClassName}>
        {error ? <ErrorText error={error} /> : <Text className="hint">{zh.common.loading}</Text>}
      </View>
    );
  }
  const current = filing;

  function bodyFor(): unknown {
    switch (kind) {
      case 'supplement':
        return { materialIds, expectedVersion: current.version };
      case 'change':
        return {
          expectedVersion: current.version,
          reason,
          ...(destination ? { destination: { code: destination.code } } : {}),
          ...(materialIds.length > 0 ? { evidenceMaterialIds: materialIds } : {}),
        };
      case 'cancel':
        return {
          expectedVersion: current.version,
          reason: cancelReason,
          ...(inHospital === undefined ? {} : { inHospital }),
        };
      default:
        return { expectedVersion: current.version };
    }
  }

  async function submit() {
    const body = bodyFor();
    submission.current = submissionFor(submission.current, body);
    const key = submission.current.idempotencyKey;
    setSubmitting(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const id = current.id;
      if (kind === 'supplement') await supplementFiling(id, body as { materialIds: string[] }, key);
      if (kind === 'change')
        await changeFiling(id, body as Parameters<typeof changeFiling>[1], key);
      if (kind === 'cancel')
        await cancelFiling(id, body as Parameters<typeof cancelFiling>[1], key);
      if (kind === 'extend') await extendFiling(id, body as { expectedVersion: number }, key);
      void Taro.showToast({ title: zh.action.done, icon: 'success' });
      await Taro.navigateBack();
    } catch (failure) {
      if (isApiError(failure) && failure.code === 'VERSION_CONFLICT') {
        setNotice(zh.action.versionConflict);
        await load().catch(setError);
      } else {
        setError(failure);
      }
    } finally {
      setSubmitting(false);
    }
  }

  const supplementDocs = current.commitment?.missing.length
    ? current.commitment.missing
    : SUPPLEMENT_FALLBACK;
  const uploaders = (docTypes: DocType[]) =>
    docTypes.map((docType) => (
      <MaterialUploader
        key={docType}
        personId={current.personId}
        docType={docType}
        uploadedCount={0}
        onUploaded={(id) => setMaterialIds((ids) => [...ids, id])}
      />
    ));

  return (
    <View className={rootClassName}>
      <Text className="title">{TITLES[kind]}</Text>
      <Text className="hint">
        {zh.detail.number}：{current.number}
      </Text>
      {kind === 'supplement' && uploaders(supplementDocs)}
      {kind === 'change' && (
        <View>
          <Text className="field-label">{zh.action.changeReasonLabel}</Text>
          <ChoiceList
            idPrefix="change-reason"
            choices={CHANGE_REASONS.map((value) => ({ value, label: CHANGE_REASON_LABELS[value] }))}
            selected={reason}
            onSelect={setReason}
          />
          <Text className="field-label">{zh.action.newDestination}</Text>
          <DestinationPicker value={destination} onChange={setDestination} />
          <Text className="field-label">{zh.action.evidence}</Text>
          {uploaders(['EVIDENCE'])}
        </View>
      )}
      {kind === 'cancel' && (
        <View>
          <Text className="field-label">{zh.action.cancelReasonLabel}</Text>
          <Textarea
            id="cancel-reason"
            className="textarea"
            value={cancelReason}
            aria-label={zh.action.cancelReasonLabel}
            onInput={(event) => setCancelReason(event.detail.value)}
          />
          <Text className="field-label">{zh.action.inHospitalLabel}</Text>
          <ChoiceList
            idPrefix="cancel-in-hospital"
            choices={[
              { value: 'no', label: zh.common.no },
              { value: 'yes', label: zh.common.yes },
            ]}
            selected={inHospital === undefined ? undefined : inHospital ? 'yes' : 'no'}
            onSelect={(value) => setInHospital(value === 'yes')}
          />
        </View>
      )}
      {notice && <Text className="error-text">⚠ {notice}</Text>}
      <ErrorText error={error} id="action-error" />
      <Button
        id="action-submit"
        className={submitting ? 'button button--disabled' : 'button'}
        disabled={submitting}
        onClick={() => void submit()}
      >
        {kind === 'extend' ? zh.action.extendConfirm : zh.common.submit}
      </Button>
    </View>
  );
}
