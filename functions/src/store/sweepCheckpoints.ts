// The daily sweep's checkpoint: where an interrupted run of a day stands, so the next run of the
// same day continues from the page it had reached instead of reading the due items again.
import { StoreRepository } from './storeRepository';
import type { SweepCheckpoint } from './notificationRecords';
import type { OperationsEntities } from './operationsEntities';

export interface SweepCheckpointRepository {
  get(date: string): Promise<SweepCheckpoint | undefined>;
  save(checkpoint: SweepCheckpoint): Promise<void>;
}

const CHECKPOINT_DAYS = 7;
const checkpointKey = (date: string) => ({ pk: `SWEEP#${date}`, sk: 'CHECKPOINT' });

export function dynamoSweepCheckpointRepository(
  entities: OperationsEntities,
): SweepCheckpointRepository {
  const checkpoints = entities.SweepCheckpoint.build(StoreRepository);
  return {
    async get(date) {
      const { Item } = await checkpoints.get(checkpointKey(date));
      if (!Item) return undefined;
      return {
        date: Item.date,
        phase: Item.phase as SweepCheckpoint['phase'],
        ...(Item.cursorJson
          ? { cursor: JSON.parse(Item.cursorJson) as Record<string, unknown> }
          : {}),
        updatedAt: Item.updatedAt,
      };
    },
    async save(checkpoint) {
      await checkpoints.put({
        ...checkpointKey(checkpoint.date),
        date: checkpoint.date,
        phase: checkpoint.phase,
        ...(checkpoint.cursor ? { cursorJson: JSON.stringify(checkpoint.cursor) } : {}),
        updatedAt: checkpoint.updatedAt,
        expiresAtEpoch:
          Math.floor(new Date(checkpoint.updatedAt).getTime() / 1000) + CHECKPOINT_DAYS * 86400,
      });
    },
  };
}
