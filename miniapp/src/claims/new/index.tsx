// 申请零星报销 (docs/api.md "Reimbursement claims"): from a registration (?filingId=) or without one
// for the HA-17 cases. The documents the region asks for are listed before the person starts;
// the refusals (every missing document at once, the AH-47 deadline) are shown in plain words.
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  DOC_TYPE_LABELS,
  type ClaimCase,
  type ClaimKind,
  type DocType,
  type PublicPolicyView,
} from '@yidi/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { nativeLabel, roleProps } from '../../a11y/role';
import { isApiError } from '../../api/apiError';
import { createClaim } from '../../api/claims';
import { getFiling, getMe, getRegionPolicy } from '../../api/client';
import { submissionFor, type Submission } from '../../api/submissionKey';
import { ChoiceList } from '../../components/ChoiceList';
import { ErrorText } from '../../components/ErrorText';
import { MaterialUploader } from '../../components/MaterialUploader';
import { TextField } from '../../components/TextField';
import { readableDate } from '../../format/dates';
import { yuanToFen } from '../../format/money';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { claimCases, claimDocuments, claimKinds, ruleLine } from '../claimPolicy';
import { MissingDocuments } from '../MissingDocuments';

async function regionOf(personId: string, filingId?: string): Promise<string | undefined> {
  if (filingId) return (await getFiling(filingId)).insuredRegion;
  const me = await getMe();
  return me.persons.find((person) => person.id === personId)?.insuredRegion;
}

export default function NewClaimPage() {
  const { rootClassName } = useLargeText();
  const { personId, filingId } = usePageParams();
  const [policy, setPolicy] = useState<PublicPolicyView>();
  const [chosenCase, setChosenCase] = useState<ClaimCase>();
  const [kind, setKind] = useState<ClaimKind>();
  const [hospitalName, setHospitalName] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [amount, setAmount] = useState('');
  const [materialIds, setMaterialIds] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<Partial<Record<DocType, number>>>({});
  const [askExtension, setAskExtension] = useState(false);
  const [extensionReason, setExtensionReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const submission = useRef<Submission>();

  const load = useCallback(async () => {
    if (!personId) return;
    const region = await regionOf(personId, filingId);
    if (region) setPolicy(await getRegionPolicy(region));
  }, [personId, filingId]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (!personId || !policy) {
    return (
      <View className={rootClassName}>
        {error ? <ErrorText error={error} /> : <Text className="hint">{zh.common.loading}</Text>}
      </View>
    );
  }
  const view = policy.claims;
  const cases = claimCases(view, Boolean(filingId));
  const kinds = claimKinds(view, chosenCase);
  const documents = kind ? claimDocuments(view, kind) : [];
  const amountFen = yuanToFen(amount);
  const extensionOffered = view.extension.value !== null;
  const rules = [
    view.deadline.value !== null && zh.claims.deadlineRule(ruleLine(view.deadline) ?? ''),
    extensionOffered && zh.claims.extensionRule(ruleLine(view.extension) ?? ''),
    view.payment.value !== null && zh.claims.paymentRule(ruleLine(view.payment) ?? ''),
  ].filter((line): line is string => typeof line === 'string');

  async function submit() {
    if (!kind || !personId) return;
    const body = {
      personId,
      ...(filingId ? { filingId } : {}),
      kind,
      ...(chosenCase ? { case: chosenCase } : {}),
      hospitalName: hospitalName.trim(),
      paidOn: paidOn.trim(),
      amountFen: amountFen ?? 0,
      materialIds,
      ...(askExtension ? { extensionRequest: { reason: extensionReason.trim() } } : {}),
    };
    submission.current = submissionFor(submission.current, body);
    setSubmitting(true);
    setError(undefined);
    try {
      const claim = await createClaim(body, submission.current.idempotencyKey);
      void Taro.showToast({ title: zh.claims.submitted, icon: 'success' });
      await Taro.redirectTo({ url: `/claims/detail/index?id=${claim.id}` });
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  }

  const missing = isApiError(error) && error.code === 'MATERIALS_INCOMPLETE' ? error.missing : [];
  const deadlinePassed = isApiError(error) && error.code === 'CLAIM_DEADLINE_PASSED' ? error : null;

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.claims.newTitle}</Text>
      <Text className="hint">{zh.claims.startHint}</Text>
      {cases.length > 1 && (
        <View>
          <Text className="field-label">{zh.claims.caseLabel}</Text>
          <ChoiceList
            idPrefix="claim-case"
            label={zh.claims.caseLabel}
            choices={cases}
            selected={chosenCase}
            onSelect={(value) => {
              setChosenCase(value);
              setKind(undefined);
            }}
          />
        </View>
      )}
      <Text className="field-label">{zh.claims.kindLabel}</Text>
      <ChoiceList
        idPrefix="claim-kind"
        label={zh.claims.kindLabel}
        choices={kinds}
        selected={kind}
        onSelect={setKind}
      />
      {kind && (
        <View className="card" id="claim-documents">
          <Text className="field-label">{zh.claims.documentsHeading}</Text>
          {documents.map((item, index) => (
            <Text key={item.docType} className="hint" data-testid="claim-document">
              {index + 1}. {item.label}
              {item.alsoAccepted.length > 0 &&
                `（${zh.claims.alsoAccepted(item.alsoAccepted.map((d) => DOC_TYPE_LABELS[d]).join('、'))}）`}
            </Text>
          ))}
          {view.noExtraDocuments.value && (
            <Text className="hint">{zh.claims.noExtraDocuments}</Text>
          )}
          {rules.map((line) => (
            <Text key={line} className="hint" data-testid="claim-rule">
              {line}
            </Text>
          ))}
        </View>
      )}
      {kind && (
        <View>
          <TextField
            id="claim-hospital"
            label={zh.claims.hospitalLabel}
            value={hospitalName}
            onChange={setHospitalName}
          />
          <TextField
            id="claim-paid-on"
            label={zh.claims.paidOnLabel}
            value={paidOn}
            placeholder={zh.claims.paidOnHint}
            onChange={setPaidOn}
          />
          <TextField
            id="claim-amount"
            label={zh.claims.amountLabel}
            type="digit"
            value={amount}
            placeholder={zh.claims.amountHint}
            error={amount && amountFen === undefined ? zh.claims.amountInvalid : undefined}
            onChange={setAmount}
          />
          <Text className="field-label">{zh.claims.uploadHeading}</Text>
          {documents.map((item) => (
            <MaterialUploader
              key={item.docType}
              personId={personId}
              docType={item.docType}
              uploadedCount={uploaded[item.docType] ?? 0}
              onUploaded={(id) => {
                setMaterialIds((ids) => [...ids, id]);
                setUploaded((counts) => ({
                  ...counts,
                  [item.docType]: (counts[item.docType] ?? 0) + 1,
                }));
              }}
            />
          ))}
          {extensionOffered && (
            <View>
              <Button
                id="claim-ask-extension"
                {...roleProps('checkbox')}
                aria-checked={askExtension}
                className={askExtension ? 'button' : 'button button--secondary'}
                onClick={() => setAskExtension((on) => !on)}
              >
                {askExtension ? '☑' : '☐'} {zh.claims.cannotFinishLabel}
              </Button>
              {askExtension && (
                <View>
                  <Text className="field-label">{zh.claims.extensionReasonLabel}</Text>
                  <Textarea
                    id="claim-extension-reason"
                    className="textarea"
                    value={extensionReason}
                    aria-label={zh.claims.extensionReasonLabel}
                    {...nativeLabel(zh.claims.extensionReasonLabel)}
                    onInput={(event) => setExtensionReason(event.detail.value)}
                  />
                </View>
              )}
            </View>
          )}
        </View>
      )}
      {missing && missing.length > 0 && <MissingDocuments id="claim-missing" missing={missing} />}
      {deadlinePassed ? (
        <Text className="error-text" id="claim-deadline-passed">
          ⚠{' '}
          {zh.claims.deadlinePassed(deadlinePassed.rule ?? '', readableDate(deadlinePassed.until))}
        </Text>
      ) : (
        <ErrorText error={error} id="claim-error" />
      )}
      {kind && (
        <Button
          id="claim-submit"
          className={submitting || amountFen === undefined ? 'button button--disabled' : 'button'}
          disabled={submitting || amountFen === undefined}
          onClick={() => void submit()}
        >
          {submitting ? zh.common.submitting : zh.claims.submit}
        </Button>
      )}
    </View>
  );
}
