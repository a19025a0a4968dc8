// Who may act for a person (docs/api.md "Persons"): the agent links and the person's consent.
import * as z from 'zod/mini';
import { authorizationStatusSchema, relationshipSchema } from './enums';

/** An agent's user id, e.g. the `{userId}` of POST /v1/persons/{id}/agents/{userId}/revocation. */
export const agentUserIdSchema = z
  .string({ error: '代办人不正确，请刷新后重试' })
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '代办人不正确，请刷新后重试' }));

/** POST /v1/persons/{id}/consent: which pending agent the person confirms (docs/api.md leaves it open). */
export const consentBodySchema = z.object(
  {
    agentUserId: z
      .string({ error: '请选择要授权的代办人' })
      .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '代办人不正确，请刷新后重试' })),
  },
  { error: '请选择要授权的代办人' },
);
export type ConsentBody = z.infer<typeof consentBodySchema>;

/** An account's link to a person, as the person sees it (GET /v1/persons/{id}/agents, consent). */
export const agentLinkSchema = z.object({
  userId: z.string(),
  relationship: relationshipSchema,
  authorization: authorizationStatusSchema,
  requestedAt: z.string(),
  activatedAt: z.optional(z.string()),
  /** How the link became active: SELF (verified identity), CONSENT, AUTHORIZATION_LETTER. */
  authorizedBy: z.optional(z.enum(['SELF', 'CONSENT', 'AUTHORIZATION_LETTER'])),
  /** A PENDING request: the name the agent typed. */
  requestedName: z.optional(z.string()),
});
export type AgentLink = z.infer<typeof agentLinkSchema>;
export const agentLinkListSchema = z.array(agentLinkSchema);
