// Separation of duties in review: a reviewer never decides a filing of a person they are linked
// to (as that person or an agent, confirmed or not) or a filing they submitted themselves. The
// server refuses the decision (403 CONFLICT_OF_INTEREST) and tells the staff page why, so the
// page greys the decision buttons instead of deciding this itself.
import type { Role } from '../schemas/enums';
export const SEPARATION_OF_DUTIES_RULE = 'SOD-1';

/** The roles that review (an ADMIN reviews too); each works for the regions it holds. */
export const REVIEWER_ROLES = ['REVIEWER', 'ADMIN'] as const satisfies readonly Role[];

/** The reviewer test, once: the server's checks and the app's staff entry both ask this. */
export function isReviewer(roles: readonly string[]): boolean {
  return REVIEWER_ROLES.some((role) => roles.includes(role));
}

export interface ReviewerRelation {
  reviewerUserId: string;
  /** Who submitted the filing. */
  filedBy: string;
  /** The reviewer's own link to the filing's person, if any (any status). */
  linkedToPerson: boolean;
}

export function reviewConflict(
  relation: ReviewerRelation,
): { rule: string; message: string } | undefined {
  if (relation.linkedToPerson) {
    return {
      rule: SEPARATION_OF_DUTIES_RULE,
      message: '您与这位参保人有关联（本人或代办人），按规定须由其他审核人员审核。',
    };
  }
  if (relation.filedBy === relation.reviewerUserId) {
    return {
      rule: SEPARATION_OF_DUTIES_RULE,
      message: '这份备案是您本人提交的，按规定须由其他审核人员审核。',
    };
  }
  return undefined;
}
