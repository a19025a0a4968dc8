// One claim: status, the deadline with its countdown, every missing document, the reviewer's
// notices, the payment due date, the history; supplementing only when the server's `actions`
// allow it (greyed with the reason otherwise).
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CLAIM_KIND_LABELS,
  CLAIM_STATUS_LABELS,
  DOC_TYPE_LABELS,
  type Claim,
  type DocType,
} from '@yidi/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { getClaim, supplementClaim } from '../../api/claims';
import { submissionFor, type Submission } from '../../api/submissionKey';
import { ActionButton } from '../../components/ActionButton';
import { ErrorText } from '../../components/ErrorText';
import { MaterialUploader } from '../../components/MaterialUploader';
import { daysLeft, readableDate, todayInChina } from '../../format/dates';
import { fenToYuan } from '../../format/money';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { MissingDocuments } from '../MissingDocuments';

/** The documents a supplement offers: what is missing, else what the reviewer named. */
function supplementDocTypes(claim: Claim): DocType[] {
  if (claim.missing.length > 0) return claim.missing;
  const named = claim.notices.flatMap((notice) => (notice.docType ? [notice.docType] : []));
  return named.length > 0 ? [...new Set(named)] : ['RECEIPT'];
}

export default function ClaimDetailPage() {
  const { rootClassName } = useLargeText();
  const { id } = usePageParams();
  const [claim, setClaim] = useState<Claim>();
  const [error, setError] = useState<unknown>();
  const [supplementing, setSupplementing] = useState(false);
  const [materialIds, setMaterialIds] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<Partial<Record<DocType, number>>>({});
  const [submitting, setSubmitting] = useState(false);
  const submission = useRef<Submission>();

  const load = useCallback(async () => {
    if (id) setClaim(await getClaim(id));
  }, [id]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (!claim) {
    return (
      <View className={rootClassName}>
        {error ? <ErrorText error={error} /> : <Text className="hint">{zh.common.loading}</Text>}
      </View>
    );
  }
  const current = claim;
  const today = todayInChina();
  const open = ['SUBMITTED', 'EXTENSION_REQUESTED', 'EXTENDED', 'RETURNED'].includes(
    current.status,
  );
  const lastDay = current.extendedDeadline ?? current.deadline;

  async function sendSupplement() {
    const body = { expectedVersion: current.version, materialIds };
    submission.current = submissionFor(submission.current, body);
    setSubmitting(true);
    setError(undefined);
    try {
      setClaim(await supplementClaim(current.id, body, submission.current.idempotencyKey));
      setSupplementing(false);
      setMaterialIds([]);
      setUploaded({});
      void Taro.showToast({ title: zh.action.done, icon: 'success' });
    } catch (failure) {
      setError(failure);
      if (isApiError(failure) && failure.code === 'VERSION_CONFLICT') await load().catch(setError);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.claims.newTitle}</Text>
      <View className="card" id="claim-summary">
        <Text className="field-label">
          {zh.claims.number}：{current.number}
        </Text>
        <Text className="field-label" id="claim-status">
          {zh.claims.statusLabel}：{CLAIM_STATUS_LABELS[current.status]}
        </Text>
        <Text className="hint">{CLAIM_KIND_LABELS[current.kind]}</Text>
        <Text className="hint">{zh.claims.hospital(current.hospitalName)}</Text>
        <Text className="hint">{zh.claims.amount(fenToYuan(current.amountFen))}</Text>
        <Text className="hint">{zh.claims.paidOn(readableDate(current.paidOn))}</Text>
        {current.deadline && (
          <Text className="hint" id="claim-deadline">
            {zh.claims.deadline(readableDate(current.deadline))}
            {current.deadlineProvisional ? zh.claims.provisional : ''}
          </Text>
        )}
        {current.extendedDeadline && (
          <Text className="hint" id="claim-extended-deadline">
            {zh.claims.extendedDeadline(readableDate(current.extendedDeadline))}
          </Text>
        )}
        {open && lastDay && (
          <Text
            className={daysLeft(today, lastDay) <= 7 ? 'error-text' : 'hint'}
            id="claim-countdown"
          >
            {zh.claims.countdown(daysLeft(today, lastDay))}
          </Text>
        )}
        {current.extensionRequest && (
          <Text className="hint">{zh.claims.extensionAsked(current.extensionRequest.reason)}</Text>
        )}
        {current.paymentDueBy && (
          <Text className="field-label" id="claim-payment-due">
            {zh.claims.paymentDueBy(readableDate(current.paymentDueBy))}
            {current.paymentDueByProvisional ? zh.claims.provisional : ''}
          </Text>
        )}
        {current.special && <Text className="hint">{zh.claims.special}</Text>}
        {current.paidAt && (
          <Text className="hint">
            {zh.claims.paidAt(readableDate(current.paidAt.slice(0, 10)))}
          </Text>
        )}
      </View>
      {open && current.missing.length > 0 && (
        <MissingDocuments id="claim-missing" missing={current.missing} />
      )}
      {current.notices.length > 0 && (
        <View className="card" id="claim-notices">
          <Text className="field-label">{zh.claims.noticesHeading}</Text>
          {current.notices.map((notice, index) => (
            <Text key={`${notice.problem}-${index}`} className="hint" data-testid="claim-notice">
              {index + 1}. {notice.docType ? `【${DOC_TYPE_LABELS[notice.docType]}】` : ''}
              {notice.problem}
            </Text>
          ))}
        </View>
      )}
      <Text className="field-label">{zh.detail.actionsHeading}</Text>
      {!supplementing && (
        <ActionButton
          id="claim-action-supplement"
          label={zh.claims.supplement}
          action={current.actions.supplement}
          onPress={() => setSupplementing(true)}
        />
      )}
      {supplementing && (
        <View id="claim-supplement">
          <Text className="field-label">{zh.claims.supplementTitle}</Text>
          {supplementDocTypes(current).map((docType) => (
            <MaterialUploader
              key={docType}
              personId={current.personId}
              docType={docType}
              uploadedCount={uploaded[docType] ?? 0}
              onUploaded={(materialId) => {
                setMaterialIds((ids) => [...ids, materialId]);
                setUploaded((counts) => ({ ...counts, [docType]: (counts[docType] ?? 0) + 1 }));
              }}
            />
          ))}
          <Button
            id="claim-supplement-submit"
            className={
              submitting || materialIds.length === 0 ? 'button button--disabled' : 'button'
            }
            disabled={submitting || materialIds.length === 0}
            onClick={() => void sendSupplement()}
          >
            {submitting ? zh.common.submitting : zh.common.submit}
          </Button>
        </View>
      )}
      <ErrorText error={error} id="claim-error" />
      <Text className="field-label">{zh.claims.historyHeading}</Text>
      <View id="claim-history">
        {current.history.map((entry) => (
          <Text
            key={`${entry.version}-${entry.event}`}
            className="hint"
            data-testid="claim-history"
          >
            {entry.recordedAt.slice(0, 10)} · {zh.claims.events[entry.event]} ·{' '}
            {CLAIM_STATUS_LABELS[entry.status]}
          </Text>
        ))}
      </View>
      <Button
        id="claim-home"
        className="button button--secondary"
        onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}
      >
        {zh.common.back}
      </Button>
    </View>
  );
}
