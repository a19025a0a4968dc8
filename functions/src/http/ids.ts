import { randomUUID } from 'node:crypto';

/** Server-issued ids: random, unguessable, URL-safe. */
export const newId = (): string => randomUUID();
