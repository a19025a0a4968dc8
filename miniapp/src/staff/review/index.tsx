// Review one filing: what was filed, the uploaded materials, and the decision — approve, or
// return / reject with every problem ticked at once. POST /v1/review/{id}/decision with
// expectedVersion and an Idempotency-Key kept for retries of the same decision.
import { Button, Image, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CATEGORY_LABELS,
  DOC_TYPE_LABELS,
  REVIEW_DECISIONS,
  REVIEW_DECISION_LABELS,
  type DocType,
  type Filing,
  type Material,
  type ReviewDecision,
} from '@yidi/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { decideReview, getFiling, getMaterial, getRegionPolicy } from '../../api/client';
import { submissionFor, type Submission } from '../../api/submissionKey';
import { ChoiceList } from '../../components/ChoiceList';
import { ErrorText } from '../../components/ErrorText';
import { StatusBadge } from '../../components/StatusBadge';
import { readableDate } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import { checklistFor, decisionReady, noticesFrom } from '../../review/checklist';
import { nativeAlt, nativeLabel, roleProps } from '../../a11y/role';

async function docTypesFor(filing: Filing): Promise<DocType[]> {
  try {
    const policy = await getRegionPolicy(filing.insuredRegion);
    const view = policy.categories.find((c) => c.category === filing.category);
    return [
      ...new Set<DocType>([
        ...policy.materials.identity.value,
        ...(view?.proofOptions.value.flat() ?? []),
      ]),
    ];
  } catch {
    return ['IDENTITY'];
  }
}

export default function ReviewFilingPage() {
  const { rootClassName } = useLargeText();
  const { id } = usePageParams();
  const [filing, setFiling] = useState<Filing>();
  const [materials, setMaterials] = useState<Material[]>([]);
  const [docTypes, setDocTypes] = useState<DocType[]>([]);
  const [decision, setDecision] = useState<ReviewDecision>();
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [otherProblem, setOtherProblem] = useState('');
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const submission = useRef<Submission>();

  const load = useCallback(async () => {
    if (!id) return;
    const loaded = await getFiling(id);
    setFiling(loaded);
    setDocTypes(await docTypesFor(loaded));
    const ids = loaded.materialIds ?? [];
    setMaterials(await Promise.all(ids.map((materialId) => getMaterial(materialId))));
  }, [id]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (!filing) {
    return (
      <View className={rootClassName}>
        {error ? <ErrorText error={error} /> : <Text className="hint">{zh.common.loading}</Text>}
      </View>
    );
  }
  const current = filing;
  const items = checklistFor(docTypes);
  const notices = decision === 'APPROVE' ? [] : noticesFrom(items, checked, otherProblem);
  // The server says whether this reviewer may decide (separation of duties); the page only shows it.
  const blocked =
    current.reviewerDecision?.allowed === false ? current.reviewerDecision : undefined;
  const ready = !blocked && decision !== undefined && decisionReady(decision, notices);

  function toggle(itemId: string) {
    setChecked((previous) => {
      const next = new Set(previous);
      if (next.has(itemId)) next.delete(itemId);
      else next.add(itemId);
      return next;
    });
  }

  async function submit() {
    if (!decision || !ready) return;
    const body = { expectedVersion: current.version, decision, notices };
    submission.current = submissionFor(submission.current, body);
    setSubmitting(true);
    setError(undefined);
    try {
      await decideReview(current.id, body, submission.current.idempotencyKey);
      void Taro.showToast({ title: zh.staff.decided, icon: 'success' });
      await Taro.navigateBack();
    } catch (failure) {
      setError(failure);
      if (isApiError(failure) && failure.code === 'VERSION_CONFLICT') await load().catch(setError);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.staff.reviewTitle}</Text>
      <View className="card" id="review-filing">
        <Text className="field-label">{current.number}</Text>
        <StatusBadge status={current.status} />
        <Text className="hint">{CATEGORY_LABELS[current.category]}</Text>
        <Text className="hint">
          {zh.detail.destination}：{current.destination.name}
        </Text>
        <Text className="hint">
          {zh.filing.startDateLabel}：{readableDate(current.startDate ?? current.validFrom)}
        </Text>
        {current.contact && (
          <Text className="hint">
            {zh.filing.addressLabel}：{current.contact.address}
          </Text>
        )}
        {current.commitment && (
          <Text className="hint">
            {zh.detail.commitmentMissing}：
            {current.commitment.missing.map((d) => DOC_TYPE_LABELS[d]).join('、')}
          </Text>
        )}
        {current.review && (
          <Text className="hint">{zh.staff.dueBy(readableDate(current.review.dueBy))}</Text>
        )}
      </View>
      <Text className="field-label">{zh.staff.materialsHeading}</Text>
      {materials.map((material) => (
        <View
          key={material.id}
          className="card"
          id={`material-${material.id}`}
          data-testid="review-material"
        >
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
      <Text className="field-label">{zh.staff.decisionHeading}</Text>
      {blocked && (
        <Text className="error-text" id="review-conflict">
          ⚠ {zh.staff.cannotDecide}：{blocked.message}
        </Text>
      )}
      <ChoiceList
        idPrefix="review-decision"
        choices={REVIEW_DECISIONS.map((value) => ({ value, label: REVIEW_DECISION_LABELS[value] }))}
        selected={decision}
        onSelect={setDecision}
        disabled={blocked !== undefined}
      />
      {decision && decision !== 'APPROVE' && (
        <View id="review-checklist">
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
            id="review-other-problem"
            className="textarea"
            value={otherProblem}
            aria-label={zh.staff.otherProblem}
            {...nativeLabel(zh.staff.otherProblem)}
            onInput={(event) => setOtherProblem(event.detail.value)}
          />
          {!ready && <Text className="error-text">⚠ {zh.staff.needNotice}</Text>}
        </View>
      )}
      <ErrorText error={error} id="review-error" />
      <Button
        id="review-submit"
        className={!ready || submitting ? 'button button--disabled' : 'button'}
        disabled={!ready || submitting}
        onClick={() => void submit()}
      >
        {submitting ? zh.common.submitting : zh.common.submit}
      </Button>
    </View>
  );
}
