// Registration detail: the e-certificate (备案凭证), a return's notices, the commitment, the
// actions exactly as the server's `actions` allow them, and the history (its own section and
// request, HistorySection).
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CATEGORY_LABELS, DOC_TYPE_LABELS, type Filing, type Person } from '@yidi/shared';
import { useCallback, useEffect, useState } from 'react';
import { getFiling, getMe } from '../../api/client';
import { ActionButton } from '../../components/ActionButton';
import { ErrorText } from '../../components/ErrorText';
import { StatusBadge } from '../../components/StatusBadge';
import { daysLeft, readableDate, todayInChina } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { HistorySection } from './HistorySection';

const ACTION_KINDS = ['supplement', 'change', 'cancel', 'extend', 'admission'] as const;

function Certificate({ filing, person }: { filing: Filing; person?: Person }) {
  const validity = filing.validUntil
    ? `${readableDate(filing.validFrom)} 至 ${readableDate(filing.validUntil)}`
    : `${readableDate(filing.validFrom)} 起，${zh.detail.indefinite}`;
  return (
    <View className="certificate" id="certificate">
      <Text className="title">{zh.detail.certificateTitle}</Text>
      <Text className="hint" id="certificate-number">
        {zh.detail.number}：{filing.number}
      </Text>
      <Text className="hint" id="certificate-person">
        {zh.detail.person}：{person ? `${person.name}（${person.idNumberMasked}）` : '—'}
      </Text>
      <Text className="hint" id="certificate-category">
        {zh.detail.category}：{CATEGORY_LABELS[filing.category]}
      </Text>
      <Text className="hint" id="certificate-destination">
        {zh.detail.destination}：{filing.destination.name}
      </Text>
      <Text className="hint" id="certificate-validity">
        {zh.detail.validity}：{validity}
      </Text>
      <StatusBadge status={filing.status} id="certificate-status" />
    </View>
  );
}

export default function FilingDetailPage() {
  const { rootClassName } = useLargeText();
  const { id } = usePageParams();
  const [filing, setFiling] = useState<Filing>();
  const [person, setPerson] = useState<Person>();
  const [error, setError] = useState<unknown>();

  const load = useCallback(async () => {
    if (!id) return;
    try {
      const loaded = await getFiling(id);
      setFiling(loaded);
      const me = await getMe();
      setPerson(me.persons.find((candidate) => candidate.id === loaded.personId));
    } catch (failure) {
      setError(failure);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  Taro.useDidShow?.(() => {
    if (filing) void load();
  });

  if (!filing) {
    return (
      <View className={rootClassName}>
        {error ? <ErrorText error={error} /> : <Text className="hint">{zh.common.loading}</Text>}
      </View>
    );
  }
  const today = todayInChina();
  const labels = {
    supplement: zh.detail.supplement,
    change: zh.detail.change,
    cancel: zh.detail.cancel,
    extend: zh.detail.extend,
    admission: zh.detail.admission,
  };

  return (
    <View className={rootClassName}>
      <Certificate filing={filing} person={person} />
      {filing.review && filing.review.notices.length > 0 && (
        <View id="review-notices">
          <Text className="field-label">{zh.detail.noticesHeading}</Text>
          {filing.review.notices.map((notice, index) => (
            <View key={`${notice.problem}-${index}`} className="notice" data-testid="review-notice">
              <Text>
                {index + 1}. {notice.docType ? `【${DOC_TYPE_LABELS[notice.docType]}】` : ''}
                {notice.problem}
              </Text>
            </View>
          ))}
        </View>
      )}
      {filing.status === 'PENDING_REVIEW' && filing.review && (
        <Text className="hint" id="detail-review-due">
          {zh.filingCard.reviewPending(readableDate(filing.review.dueBy))}
        </Text>
      )}
      {filing.status === 'PENDING_REVIEW' && filing.review?.dueByProvisional && (
        <Text className="hint" id="detail-review-provisional">
          {zh.filingCard.provisionalDate}
        </Text>
      )}
      {filing.commitment && (
        <View className="card" id="detail-commitment">
          <Text className="field-label">{zh.detail.commitmentHeading}</Text>
          {filing.commitment.status === 'OPEN' && (
            <Text className="error-text">
              ⚠{' '}
              {zh.filingCard.commitmentOpen(
                readableDate(filing.commitment.dueDate),
                daysLeft(today, filing.commitment.dueDate),
              )}
            </Text>
          )}
          {filing.commitment.status === 'OPEN' && filing.commitment.dueDateProvisional && (
            <Text className="hint" id="detail-commitment-provisional">
              {zh.filingCard.provisionalDate}
            </Text>
          )}
          {filing.commitment.status === 'OPEN' ? (
            <Text className="hint" id="detail-commitment-missing">
              {zh.detail.commitmentMissing}：
              {filing.commitment.missing.map((d) => DOC_TYPE_LABELS[d]).join('、')}
            </Text>
          ) : (
            filing.commitment.status === 'FULFILLED' && (
              <Text className="hint" id="detail-commitment-fulfilled">
                ✓ {zh.detail.commitmentFulfilled}
              </Text>
            )
          )}
        </View>
      )}
      {filing.inHospital && (
        <View className="card" id="detail-in-hospital">
          <Text className="field-label">{zh.detail.inHospitalHeading}</Text>
          <Text id="detail-in-hospital-text">{filing.inHospital.text}</Text>
          <Text className="hint">
            {zh.detail.inHospitalSince(
              readableDate(filing.inHospital.admissionDate),
              filing.inHospital.hospitalName,
            )}
          </Text>
        </View>
      )}
      {filing.admissions && filing.admissions.length > 0 && (
        <View id="detail-admissions">
          <Text className="field-label">{zh.detail.admissionsHeading}</Text>
          {filing.admissions.map((stay) => (
            <Text key={stay.admissionDate} className="hint" data-testid="admission-entry">
              {zh.detail.admissionLine(
                readableDate(stay.admissionDate),
                stay.hospitalName,
                stay.dischargeDate ? readableDate(stay.dischargeDate) : undefined,
              )}
            </Text>
          ))}
        </View>
      )}
      {filing.extensionRequest && (
        <View className="card" id="detail-extension-request">
          <Text>
            {zh.detail.extensionPending(readableDate(filing.extensionRequest.requestedOn))}
          </Text>
          <Text className="hint">{zh.detail.extensionReason(filing.extensionRequest.reason)}</Text>
        </View>
      )}
      {filing.phoneFiling && (
        <View className="card" id="detail-phone-filing">
          <Text className="field-label">{zh.detail.phoneFilingHeading}</Text>
          <Text id="detail-phone-filing-text">{filing.phoneFiling.text}</Text>
          <Button
            id="detail-phone-filing-call"
            className="button button--secondary"
            onClick={() =>
              void Taro.makePhoneCall({ phoneNumber: filing.phoneFiling?.phone ?? '' })
            }
          >
            {zh.detail.phoneFilingCall(filing.phoneFiling.phone)}
          </Button>
        </View>
      )}
      <Text className="field-label">{zh.detail.actionsHeading}</Text>
      {filing.actions.resubmit.allowed && (
        <Button
          id="action-resubmit"
          className="button"
          onClick={() =>
            void Taro.navigateTo({ url: `/filing/action/index?id=${filing.id}&kind=resubmit` })
          }
        >
          {zh.detail.resubmit}
        </Button>
      )}
      {ACTION_KINDS.flatMap((kind) => {
        // A server that does not judge an action (older API) shows no button for it.
        const action = filing.actions[kind];
        return action ? [{ kind, action }] : [];
      }).map(({ kind, action }) => (
        <ActionButton
          key={kind}
          id={`action-${kind}`}
          label={labels[kind]}
          action={action}
          onPress={() =>
            void Taro.navigateTo({ url: `/filing/action/index?id=${filing.id}&kind=${kind}` })
          }
        />
      ))}
      <Button
        id="detail-new-claim"
        className="button button--secondary"
        onClick={() =>
          void Taro.navigateTo({
            url: `/claims/new/index?personId=${filing.personId}&filingId=${filing.id}`,
          })
        }
      >
        {zh.claims.start}
      </Button>
      {/* Its own request, after the filing's: the page does not wait for it. */}
      <HistorySection filingId={filing.id} version={filing.version} />
      <Button
        id="detail-home"
        className="button button--secondary"
        onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}
      >
        {zh.common.back}
      </Button>
    </View>
  );
}
