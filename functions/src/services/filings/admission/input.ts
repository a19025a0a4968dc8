/** POST /v1/filings/{id}/admissions: an admission, or the discharge of the open one. */
export interface RecordAdmissionInput {
  filingId: string;
  expectedVersion: number;
  hospitalName: string;
  admissionDate: string;
  dischargeDate?: string;
}
