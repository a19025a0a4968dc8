// A filing as the review queue shows it: what GSI6 projects (INCLUDE, infra/table/definition.json
// — the one list of its attributes). The queue answers these from its index entries alone, so it
// reads no filing item and no person. The list is short on purpose: while a filing is
// PENDING_REVIEW an included attribute that changes rewrites its entry (issue 14's budget), and
// none of these does — version, updatedAt, proof and commitment are left out for that reason.
import type { FilingRecord, FilingReview, PersonSummary } from './records';

export interface FilingSummary {
  id: string;
  number: string;
  /** The person as at filing; masked ID number only. */
  person: Pick<PersonSummary, 'id' | 'name' | 'idNumberMasked'>;
  insuredRegion: string;
  category: FilingRecord['category'];
  class: FilingRecord['class'];
  destination: FilingRecord['destination'];
  status: FilingRecord['status'];
  filedOn: string;
  review: Pick<FilingReview, 'dueBy' | 'dueByProvisional'> | null;
}

/** The summary of a whole record (the queues of other statuses read whole items). */
export function filingSummaryOfRecord(filing: FilingRecord): FilingSummary {
  return summaryFrom({ ...filing, filingId: filing.id });
}

/**
 * The summary from a GSI6 entry (the item's top-level attributes of the projection, as
 * filingItemOf wrote them: `filingId`, review absent when null). Throws on an entry that is not
 * a filing's: the partition holds nothing else.
 */
export function filingSummaryOfEntry(entry: Record<string, unknown>): FilingSummary {
  if (typeof entry.filingId !== 'string' || typeof entry.number !== 'string') {
    throw new TypeError('Not a review queue entry of a filing');
  }
  return summaryFrom(entry as unknown as SummaryAttributes);
}

type SummaryAttributes = Omit<FilingRecord, 'id' | 'review'> & {
  filingId: string;
  review?: FilingReview | null;
};

function summaryFrom(attributes: SummaryAttributes): FilingSummary {
  const { person, review } = attributes;
  return {
    id: attributes.filingId,
    number: attributes.number,
    person: { id: person.id, name: person.name, idNumberMasked: person.idNumberMasked },
    insuredRegion: attributes.insuredRegion,
    category: attributes.category,
    class: attributes.class,
    destination: attributes.destination,
    status: attributes.status,
    filedOn: attributes.filedOn,
    review: review
      ? { dueBy: review.dueBy, ...(review.dueByProvisional ? { dueByProvisional: true } : {}) }
      : null,
  };
}
