// Supplement, change, cancel or extend one filing. Each carries the version the user saw
// (expectedVersion) and an Idempotency-Key kept for retries of the same body.
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CHANGE_REASONS,
  CHANGE_REASON_LABELS,
  DOC_TYPE_LABELS,
  type ChangeReason,
  type DocType,
  type Filing,
  type PublicPolicyView,
} from '@yidi/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/apiError';
import {
  cancelFiling,
  changeFiling,
  extendFiling,
  getFiling,
  getRegionPolicy,
  recordAdmission,
  resubmitFiling,
  supplementFiling,
} from '../../api/client';
import { submissionFor, type Submission } from '../../api/submissionKey';
import { ChoiceList } from '../../components/ChoiceList';
import { DestinationPicker } from '../../components/DestinationPicker';
import { ErrorText } from '../../components/ErrorText';
import { MaterialUploader } from '../../components/MaterialUploader';
import { TextField } from '../../components/TextField';
import type { DraftDestination } from '../../drafts/filingDraft';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { nativeLabel } from '../../a11y/role';
import { proofDocTypes } from '../new/proofDocTypes';

const KINDS = ['supplement', 'change', 'cancel', 'extend', 'resubmit', 'admission'] as const;
type Kind = (typeof KINDS)[number];
const TITLES: Record<Kind, string> = {
  supplement: zh.action.supplementTitle,
  change: zh.action.changeTitle,
  cancel: zh.action.cancelTitle,
  extend: zh.action.extendTitle,
  resubmit: zh.action.resubmitTitle,
  admission: zh.action.admissionTitle,
};

/** The documents the region's public policy asks for this filing's category. */
function policyDocTypes(filing: Filing, policy: PublicPolicyView | undefined): DocType[] {
  const view = policy?.categories.find((c) => c.category === filing.category);
  return view ? proofDocTypes(view.proofOptions.value) : [];
}

const CONFIRM_LABELS: Record<Kind, string> = {
  supplement: zh.common.submit,
  change: zh.common.submit,
  cancel: zh.common.submit,
  extend: zh.action.extendConfirm,
  resubmit: zh.action.resubmitConfirm,
  admission: zh.action.admissionConfirm,
};

/** The documents the reviewer named, in order; the usual proofs when no notice named one. */
function resubmitDocTypes(filing: Filing, policy: PublicPolicyView | undefined): DocType[] {
  const named = (filing.review?.notices ?? []).flatMap((notice) =>
    notice.docType ? [notice.docType] : [],
  );
  return named.length > 0 ? [...new Set(named)] : policyDocTypes(filing, policy);
}

function noticeLines(filing: Filing) {
  return (filing.review?.notices ?? []).map((notice, index) => (
    <Text key={`${notice.problem}-${index}`} className="hint" data-testid="resubmit-notice">
      {index + 1}. {notice.docType ? `【${DOC_TYPE_LABELS[notice.docType]}】` : ''}
      {notice.problem}
    </Text>
  ));
}

export default function FilingActionPage() {
  const { rootClassName } = useLargeText();
  const params = usePageParams();
  const kind = KINDS.find((k) => k === params.kind);
  const [filing, setFiling] = useState<Filing>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [materialIds, setMaterialIds] = useState<string[]>([]);
  const [uploadedByDocType, setUploadedByDocType] = useState<Partial<Record<DocType, number>>>({});
  const [reason, setReason] = useState<ChangeReason>();
  const [destination, setDestination] = useState<DraftDestination>();
  const [cancelReason, setCancelReason] = useState('');
  const [inHospital, setInHospital] = useState<boolean>();
  const [extensionReason, setExtensionReason] = useState('');
  const [hospitalName, setHospitalName] = useState('');
  const [admissionDate, setAdmissionDate] = useState('');
  const [dischargeDate, setDischargeDate] = useState('');
  const submission = useRef<Submission>();

  const [policy, setPolicy] = useState<PublicPolicyView>();

  const load = useCallback(async () => {
    if (!params.id) return;
    const loaded = await getFiling(params.id);
    setFiling(loaded);
    setPolicy(await getRegionPolicy(loaded.insuredRegion));
    // Discharging the open stay: the form starts from it.
    const open = loaded.admissions?.find((stay) => !stay.dischargeDate);
    if (open) {
      setHospitalName(open.hospitalName);
      setAdmissionDate(open.admissionDate);
    }
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
      case 'resubmit':
        return {
          expectedVersion: current.version,
          ...(materialIds.length > 0 ? { materialIds } : {}),
        };
      case 'extend':
        return { expectedVersion: current.version, reason: extensionReason };
      case 'admission':
        return {
          expectedVersion: current.version,
          hospitalName,
          admissionDate,
          ...(dischargeDate ? { dischargeDate } : {}),
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
      if (kind === 'extend')
        await extendFiling(id, body as Parameters<typeof extendFiling>[1], key);
      if (kind === 'admission')
        await recordAdmission(id, body as Parameters<typeof recordAdmission>[1], key);
      if (kind === 'resubmit')
        await resubmitFiling(id, body as Parameters<typeof resubmitFiling>[1], key);
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
    : policyDocTypes(current, policy);
  const uploaders = (docTypes: DocType[]) =>
    docTypes.map((docType) => (
      <MaterialUploader
        key={docType}
        personId={current.personId}
        docType={docType}
        uploadedCount={uploadedByDocType[docType] ?? 0}
        onUploaded={(id) => {
          setMaterialIds((ids) => [...ids, id]);
          setUploadedByDocType((counts) => ({ ...counts, [docType]: (counts[docType] ?? 0) + 1 }));
        }}
      />
    ));

  return (
    <View className={rootClassName}>
      <Text className="title">{TITLES[kind]}</Text>
      <Text className="hint">
        {zh.detail.number}：{current.number}
      </Text>
      {kind === 'supplement' && uploaders(supplementDocs)}
      {kind === 'resubmit' && (
        <View>
          <Text className="hint">{zh.action.resubmitIntro}</Text>
          {noticeLines(current)}
          {uploaders(resubmitDocTypes(current, policy))}
        </View>
      )}
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
            {...nativeLabel(zh.action.cancelReasonLabel)}
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
      {kind === 'extend' && (
        <View>
          <Text className="hint">{zh.action.extendIntro}</Text>
          <Text className="field-label">{zh.action.extendReasonLabel}</Text>
          <Textarea
            id="extend-reason"
            className="textarea"
            value={extensionReason}
            aria-label={zh.action.extendReasonLabel}
            onInput={(event) => setExtensionReason(event.detail.value)}
          />
        </View>
      )}
      {kind === 'admission' && (
        <View>
          <Text className="hint">{zh.action.admissionIntro}</Text>
          <TextField
            id="admission-hospital"
            label={zh.action.admissionHospitalLabel}
            value={hospitalName}
            onChange={setHospitalName}
          />
          <TextField
            id="admission-date"
            label={zh.action.admissionDateLabel}
            value={admissionDate}
            placeholder="2026-12-01"
            onChange={setAdmissionDate}
          />
          <TextField
            id="discharge-date"
            label={zh.action.dischargeDateLabel}
            value={dischargeDate}
            placeholder="2026-12-10"
            onChange={setDischargeDate}
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
        {CONFIRM_LABELS[kind]}
      </Button>
    </View>
  );
}
