// Decide one claim (POST /v1/review/claims/{id}/decision): approve (HA-19 `special` for 20
// working days), return with every problem at once, reject, or answer an extension request
// (AH-47); then mark it paid. Only the decisions the server's `actions` allow are offered, and
// a reviewer the server bars (SOD-1) sees them greyed with the reason, as on the filing review.
import { Button, Image, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CLAIM_DECISIONS,
  CLAIM_DECISION_LABELS,
  CLAIM_KIND_LABELS,
  CLAIM_STATUS_LABELS,
  DOC_TYPE_LABELS,
  type Claim,
  type ClaimDecision,
  type DocType,
  type Material,
} from '@yidi/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { nativeAlt, nativeLabel, roleProps } from '../../a11y/role';
import { isApiError } from '../../api/apiError';
import { decideClaim, getClaim, markClaimPaid } from '../../api/claims';
import { getMaterial, getRegionPolicy } from '../../api/client';
import { submissionFor, type Submission } from '../../api/submissionKey';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceList } from '../../components/ChoiceList';
import { ErrorText } from '../../components/ErrorText';
import { readableDate } from '../../format/dates';
import { fenToYuan } from '../../format/money';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { checklistFor, noticesFrom } from '../../review/checklist';

const ACTION_OF: Record<ClaimDecision, keyof Claim['actions']> = {
  APPROVE: 'approve',
  RETURN: 'return',
  REJECT: 'reject',
  EXTEND_APPROVED: 'approveExtension',
  EXTEND_REFUSED: 'refuseExtension',
};

/** The documents the region asks for this kind, and anything still missing. */
async function docTypesFor(claim: Claim): Promise<DocType[]> {
  try {
    const policy = await getRegionPolicy(claim.insuredRegion);
    const kind = policy.claims.kinds.find((item) => item.kind === claim.kind);
    const asked = (kind?.documents ?? []).map((item) => item.docType as DocType);
    return [...new Set([...claim.missing, ...asked])];
  } catch {
    return claim.missing;
  }
}

export default function ReviewClaimPage() {
  const { rootClassName } = useLargeText();
  const { id } = usePageParams();
  const [claim, setClaim] = useState<Claim>();
  const [materials, setMaterials] = useState<Material[]>([]);
  const [docTypes, setDocTypes] = useState<DocType[]>([]);
  const [decision, setDecision] = useState<ClaimDecision>();
  const [special, setSpecial] = useState(false);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [otherProblem, setOtherProblem] = useState('');
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const submission = useRef<Submission>();

  const load = useCallback(async () => {
    if (!id) return;
    const loaded = await getClaim(id);
    setClaim(loaded);
    setDocTypes(await docTypesFor(loaded));
    setMaterials(
      await Promise.all(loaded.materialIds.map((materialId) => getMaterial(materialId))),
    );
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
  const blocked =
    current.reviewerDecision?.allowed === false ? current.reviewerDecision : undefined;
  const offered = CLAIM_DECISIONS.filter((value) => current.actions[ACTION_OF[value]].allowed);
  const items = checklistFor(docTypes);
  const needsNotice =
    decision !== undefined && decision !== 'APPROVE' && decision !== 'EXTEND_APPROVED';
  const notices = needsNotice ? noticesFrom(items, checked, otherProblem) : [];
  const ready = !blocked && decision !== undefined && (!needsNotice || notices.length > 0);

  function toggle(itemId: string) {
    setChecked((previous) => {
      const next = new Set(previous);
      if (next.has(itemId)) next.delete(itemId);
      else next.add(itemId);
      return next;
    });
  }

  async function send(call: (key: string) => Promise<Claim>, body: unknown, done: string) {
    submission.current = submissionFor(submission.current, body);
    setSubmitting(true);
    setError(undefined);
    try {
      await call(submission.current.idempotencyKey);
      void Taro.showToast({ title: done, icon: 'success' });
      await Taro.navigateBack();
    } catch (failure) {
      setError(failure);
      if (isApiError(failure) && failure.code === 'VERSION_CONFLICT') await load().catch(setError);
    } finally {
      setSubmitting(false);
    }
  }

  function submitDecision() {
    if (!decision || !ready) return;
    const body = {
      expectedVersion: current.version,
      decision,
      notices,
      ...(decision === 'APPROVE' && special ? { special: true } : {}),
    };
    void send((key) => decideClaim(current.id, body, key), body, zh.staff.decided);
  }

  function submitPaid() {
    const body = { expectedVersion: current.version, paid: true };
    void send(
      (key) => markClaimPaid(current.id, { expectedVersion: current.version }, key),
      body,
      zh.staffClaims.paidDone,
    );
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.staffClaims.decisionTitle}</Text>
      <View className="card" id="review-claim">
        <Text className="field-label">{current.number}</Text>
        <Text className="hint" id="review-claim-status">
          {CLAIM_STATUS_LABELS[current.status]}
        </Text>
        {current.person && (
          <Text className="hint">
            {zh.staffClaims.person(current.person.name, current.person.idNumberMasked)}
          </Text>
        )}
        <Text className="hint">{CLAIM_KIND_LABELS[current.kind]}</Text>
        <Text className="hint">{zh.claims.hospital(current.hospitalName)}</Text>
        <Text className="hint">{zh.claims.amount(fenToYuan(current.amountFen))}</Text>
        <Text className="hint">{zh.claims.paidOn(readableDate(current.paidOn))}</Text>
        {current.deadline && (
          <Text className="hint">{zh.claims.deadline(readableDate(current.deadline))}</Text>
        )}
        {current.extensionRequest && (
          <Text className="hint">{zh.claims.extensionAsked(current.extensionRequest.reason)}</Text>
        )}
        {current.missing.length > 0 && (
          <Text className="hint">
            {zh.claims.missingHeading}
            {current.missing.map((d) => DOC_TYPE_LABELS[d]).join('、')}
          </Text>
        )}
        {current.reviewDueBy && (
          <Text className="hint">{zh.staffClaims.dueBy(readableDate(current.reviewDueBy))}</Text>
        )}
        {current.paymentDueBy && (
          <Text className="hint">{zh.claims.paymentDueBy(readableDate(current.paymentDueBy))}</Text>
        )}
      </View>
      <Text className="field-label">{zh.staff.materialsHeading}</Text>
      {materials.map((material) => (
        <View key={material.id} className="card" data-testid="review-material">
          <Text className="hint">{DOC_TYPE_LABELS[material.docType]}</Text>
          {material.download && material.contentType !== 'application/pdf' && (
            <Image
              src={material.download.url}
              mode="widthFix"
              aria-label={DOC_TYPE_LABELS[material.docType]}
              {...nativeAlt(DOC_TYPE_LABELS[material.docType])}
            />
          )}
        </View>
      ))}
      {blocked && (
        <Text className="error-text" id="review-conflict">
          ⚠ {zh.staff.cannotDecide}：{blocked.message}
        </Text>
      )}
      {offered.length > 0 && (
        <View>
          <Text className="field-label">{zh.staffClaims.decisionHeading}</Text>
          <ChoiceList
            idPrefix="claim-decision"
            label={zh.staffClaims.decisionHeading}
            choices={offered.map((value) => ({ value, label: CLAIM_DECISION_LABELS[value] }))}
            selected={decision}
            onSelect={setDecision}
            disabled={blocked !== undefined}
          />
        </View>
      )}
      {decision === 'APPROVE' && (
        <Button
          id="claim-special"
          {...roleProps('checkbox')}
          aria-checked={special}
          className={special ? 'button' : 'button button--secondary'}
          onClick={() => setSpecial((on) => !on)}
        >
          {special ? '☑' : '☐'} {zh.staffClaims.special}
        </Button>
      )}
      {needsNotice && (
        <View id="claim-checklist">
          <Text className="field-label">{zh.staff.checklistHeading}</Text>
          {items.map((item) => {
            const on = checked.has(item.id);
            return (
              <Button
                key={item.id}
                id={`check-${item.id}`}
                {...roleProps('checkbox')}
                aria-checked={on}
                className={on ? 'button' : 'button button--secondary'}
                onClick={() => toggle(item.id)}
              >
                {on ? '☑' : '☐'} {item.problem}
              </Button>
            );
          })}
          <Text className="field-label">{zh.staff.otherProblem}</Text>
          <Textarea
            id="claim-other-problem"
            className="textarea"
            value={otherProblem}
            aria-label={zh.staff.otherProblem}
            {...nativeLabel(zh.staff.otherProblem)}
            onInput={(event) => setOtherProblem(event.detail.value)}
          />
          {!ready && <Text className="error-text">⚠ {zh.staffClaims.needNotice}</Text>}
        </View>
      )}
      <ErrorText error={error} id="review-error" />
      {offered.length > 0 && (
        <Button
          id="claim-decision-submit"
          className={!ready || submitting ? 'button button--disabled' : 'button'}
          disabled={!ready || submitting}
          onClick={submitDecision}
        >
          {submitting ? zh.common.submitting : zh.common.submit}
        </Button>
      )}
      <ActionButton
        id="claim-mark-paid"
        label={zh.staffClaims.markPaid}
        action={current.actions.markPaid}
        onPress={submitPaid}
      />
    </View>
  );
}
