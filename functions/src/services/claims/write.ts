// One state change of a claim: the next version (conditional on the loaded one), its version
// item as a delta with the audit, the due row moved, the message to the person in the outbox and
// the idempotency record — one TransactWriteItems (store.claims.write).
import { chinaDateOf, type ClaimEvent, type IsoDate } from '@yidi/shared';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import {
  alsoWritesOf,
  StoreConflictError,
  type AgentLinkRecord,
  type ClaimRecord,
  type ClaimVersionRecord,
} from '../../store';
import type { MessageContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import type { ClaimServiceDeps } from './deps';
import { presentClaim, type ClaimView } from './present';
import { withSweepDay } from './state';

/** The attributes that changed from `before` to `after` (the version item keeps only these). */
export function deltaOf(
  before: ClaimRecord | undefined,
  after: ClaimRecord,
): Record<string, unknown> {
  const skip = new Set(['version', 'updatedAt', 'person', 'createdAt', 'createdBy', 'number']);
  const delta: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    if (skip.has(key)) continue;
    const a = (before as unknown as Record<string, unknown> | undefined)?.[key];
    const b = (after as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) delta[key] = b ?? null;
  }
  return delta;
}

const roleOf = (actor: Caller | 'SYSTEM', link: AgentLinkRecord | undefined): string => {
  if (actor === 'SYSTEM') return 'SYSTEM';
  if (link) return link.relationship === 'SELF' ? 'SELF' : 'AGENT';
  return actor.roles.includes('REVIEWER') || actor.roles.includes('ADMIN') ? 'REVIEWER' : 'USER';
};

export async function writeClaim(
  deps: Pick<ClaimServiceDeps, 'store' | 'recorder'>,
  input: {
    previous?: ClaimRecord;
    history: readonly ClaimVersionRecord[];
    next: Omit<ClaimRecord, 'version' | 'updatedAt'>;
    event: ClaimEvent;
    actor: Caller | 'SYSTEM';
    link: AgentLinkRecord | undefined;
    at: string;
    today: IsoDate;
    rule?: string;
    /** What the person is told about this step (every step tells them something). */
    message?: (claim: ClaimRecord) => MessageContent;
    /** The view answered (a reviewer's view carries the person and the SOD verdict). */
    present?: (claim: ClaimRecord, history: ClaimVersionRecord[]) => ClaimView;
  },
): Promise<ClaimView> {
  const { previous, at, today } = input;
  const next = withSweepDay(
    { ...input.next, version: (previous?.version ?? 0) + 1, updatedAt: at } as ClaimRecord,
    today,
  );
  const version: ClaimVersionRecord = {
    claimId: next.id,
    version: next.version,
    event: input.event,
    status: next.status,
    recordedAt: at,
    recordedBy: input.actor === 'SYSTEM' ? 'SYSTEM' : input.actor.userId,
    actorRole: roleOf(input.actor, input.link),
    ...(input.rule ? { rule: input.rule } : {}),
    delta: deltaOf(previous, next),
  };
  const history = [...input.history, version];
  const view = input.present
    ? input.present(next, history)
    : presentClaim({ claim: next, history, today });
  const outbox = input.message
    ? [
        deps.store.messages.outboxWrite(
          newMessage({
            personId: next.personId,
            subject: { kind: 'CLAIM', id: next.id },
            content: input.message(next),
            at,
          }),
        ),
      ]
    : [];
  try {
    await deps.store.claims.write(
      { ...(previous ? { previous } : {}), next, version },
      alsoWritesOf(view, deps.recorder, outbox),
    );
  } catch (error) {
    if (error instanceof StoreConflictError) {
      throw new AppError('VERSION_CONFLICT', {
        message: '这份报销申请刚刚被修改过，请刷新后查看最新内容再操作。',
      });
    }
    throw error;
  }
  return view;
}

/** Claim ids carry their person like filing ids: `<personId>_<uuid>`. */
export function newClaimId(personId: string, unique: () => string = randomUUID): string {
  return `${personId}_${unique()}`;
}

/** 报销编号: "BX", the region, the day, the head of the id's own part. */
export function claimNumberOf(insuredRegion: string, at: string, id: string): string {
  const head = id
    .slice(id.lastIndexOf('_') + 1)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase();
  return `BX${insuredRegion}${chinaDateOf(new Date(at)).replaceAll('-', '')}${head}`;
}
