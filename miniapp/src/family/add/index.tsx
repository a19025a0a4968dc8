// Add a person: name, ID number checked as it is typed, phone, relationship, insurance type
// and the pooling region from GET /v1/regions; then the separate consent to processing the
// person's sensitive data (PIPL 第二十九条; a guardian's for a child under 14, 第三十一条) — a box
// the user ticks, never pre-ticked. POST /v1/persons with `consent`.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  GUARDIAN_CONSENT_TEXT,
  PRIVACY_POLICY_VERSION,
  SENSITIVE_CONSENT_TEXT,
  isUnder14,
  GENDER_LABELS,
  INSURANCE_TYPES,
  INSURANCE_TYPE_LABELS,
  RELATIONSHIPS,
  RELATIONSHIP_LABELS,
  type InsuranceType,
  type Person,
  type Relationship,
} from '@yidi/shared';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { createPerson, listRegions } from '../../api/client';
import type { PolicyRegionSummary } from '../../api/types';
import { ChoiceList } from '../../components/ChoiceList';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { readableDate, todayInChina } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { idNumberFeedback } from '../../persons/idNumberFeedback';

export default function AddPersonPage() {
  const { rootClassName } = useLargeText();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  // Arriving from 实名认证 ("登记本人"): the relationship is the account's own.
  const { self } = usePageParams();
  const [relationship, setRelationship] = useState<Relationship | undefined>(
    self === '1' ? 'SELF' : undefined,
  );
  const [insuranceType, setInsuranceType] = useState<InsuranceType>();
  const [insuredRegion, setInsuredRegion] = useState<string>();
  const [regions, setRegions] = useState<PolicyRegionSummary[]>([]);
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<Person>();
  const [consented, setConsented] = useState(false);
  const [asGuardian, setAsGuardian] = useState(false);

  useEffect(() => {
    listRegions().then(setRegions, setError);
  }, []);

  const feedback = idNumberFeedback(idNumber, todayInChina());
  const fields = isApiError(error) ? (error.fields ?? {}) : {};
  const child = feedback.state === 'VALID' && isUnder14(feedback.birthDate, todayInChina());
  const consentGiven = consented && (!child || asGuardian);
  const needsIdentity = isApiError(error) && error.code === 'IDENTITY_NOT_VERIFIED';

  async function submit() {
    if (!consentGiven) return;
    setSubmitting(true);
    setError(undefined);
    try {
      setCreated(
        await createPerson({
          name,
          idNumber,
          phone,
          relationship: relationship as Relationship,
          insuranceType: insuranceType as InsuranceType,
          insuredRegion: insuredRegion as string,
          consent: {
            policyVersion: PRIVACY_POLICY_VERSION,
            sensitive: true,
            ...(child ? { guardian: asGuardian } : {}),
          },
        }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  }

  if (created) {
    const pending = created.authorization === 'PENDING';
    return (
      <View className={rootClassName}>
        <Text className="title" id="person-created">
          ✔ {pending ? zh.family.createdPending : zh.family.created}
        </Text>
        <Text className="hint" id="person-consent-status">
          {zh.family.consentStatus}：{pending ? zh.family.consentPending : zh.family.consentActive}
        </Text>
        <Button
          id="person-created-home"
          className="button"
          onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}
        >
          {zh.common.back}
        </Button>
      </View>
    );
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.family.addTitle}</Text>
      <Text className="hint">{zh.family.addIntro}</Text>
      <TextField
        id="person-name"
        label={zh.family.nameLabel}
        value={name}
        onChange={setName}
        placeholder={zh.family.namePlaceholder}
        error={fields.name}
      />
      <TextField
        id="person-id-number"
        label={zh.family.idNumberLabel}
        value={idNumber}
        onChange={setIdNumber}
        type="idcard"
        maxlength={20}
        placeholder={zh.family.idNumberPlaceholder}
        error={feedback.state === 'INVALID' ? feedback.message : fields.idNumber}
        hint={
          feedback.state === 'TYPING'
            ? zh.family.idNumberTyping(feedback.length)
            : feedback.state === 'VALID'
              ? `✔ ${zh.family.idNumberValid(readableDate(feedback.birthDate), GENDER_LABELS[feedback.gender])}`
              : undefined
        }
      />
      <TextField
        id="person-phone"
        label={zh.family.phoneLabel}
        value={phone}
        onChange={setPhone}
        type="number"
        placeholder={zh.family.phonePlaceholder}
        error={fields.phone}
      />
      <Text className="field-label">{zh.family.relationshipLabel}</Text>
      <ChoiceList
        idPrefix="person-relationship"
        label={zh.family.relationshipLabel}
        choices={RELATIONSHIPS.map((value) => ({ value, label: RELATIONSHIP_LABELS[value] }))}
        selected={relationship}
        onSelect={setRelationship}
      />
      {fields.relationship && <Text className="error-text">⚠ {fields.relationship}</Text>}
      <Text className="field-label">{zh.family.insuranceTypeLabel}</Text>
      <ChoiceList
        idPrefix="person-insurance-type"
        label={zh.family.insuranceTypeLabel}
        choices={INSURANCE_TYPES.map((value) => ({ value, label: INSURANCE_TYPE_LABELS[value] }))}
        selected={insuranceType}
        onSelect={setInsuranceType}
      />
      {fields.insuranceType && <Text className="error-text">⚠ {fields.insuranceType}</Text>}
      <Text className="field-label">{zh.family.insuredRegionLabel}</Text>
      <Text className="hint">{zh.family.insuredRegionHint}</Text>
      <ChoiceList
        idPrefix="person-region"
        label={zh.family.insuredRegionLabel}
        choices={regions.map((region) => ({
          value: region.code,
          label: region.name.includes(region.province)
            ? region.name
            : `${region.province}${region.name}`,
        }))}
        selected={insuredRegion}
        onSelect={setInsuredRegion}
      />
      {fields.insuredRegion && <Text className="error-text">⚠ {fields.insuredRegion}</Text>}
      <Text className="field-label">{zh.family.consentHeading}</Text>
      <Text className="hint" id="person-consent-text">
        {SENSITIVE_CONSENT_TEXT}
      </Text>
      <Button
        id="person-consent"
        aria-checked={consented}
        className={consented ? 'button' : 'button button--secondary'}
        onClick={() => setConsented(!consented)}
      >
        {consented ? '☑' : '☐'} {zh.family.consentHeading}
      </Button>
      {child && (
        <Button
          id="person-consent-guardian"
          aria-checked={asGuardian}
          className={asGuardian ? 'button' : 'button button--secondary'}
          onClick={() => setAsGuardian(!asGuardian)}
        >
          {asGuardian ? '☑' : '☐'} {GUARDIAN_CONSENT_TEXT}
        </Button>
      )}
      {!consentGiven && <Text className="hint">{zh.family.consentNeeded}</Text>}
      <ErrorText error={error} />
      {needsIdentity && (
        <Button
          id="person-go-verify"
          className="button"
          onClick={() => void Taro.navigateTo({ url: '/family/identity/index' })}
        >
          {zh.family.goVerify}
        </Button>
      )}
      <Button
        id="person-submit"
        className={submitting || !consentGiven ? 'button button--disabled' : 'button'}
        disabled={submitting || !consentGiven}
        onClick={() => void submit()}
      >
        {submitting ? zh.common.submitting : zh.family.submit}
      </Button>
    </View>
  );
}
