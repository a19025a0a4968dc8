// The daily sweep's checkpoint: where an interrupted run of a day stands, so the next run of the
// same day continues from the page it had reached instead of reading the due items again.
// And the sweep's floor: the earliest day of the due-date indexes that can still hold a live
// filing the sweep must decide (before it, every due filing has left the indexes), so a run
// reads the due-date index from the floor to its horizon and no older day.
import { isConditionalCheckFailed } from './errors';
import { StoreRepository } from './storeRepository';
import type { SweepCheckpoint } from './notificationRecords';
import type { OperationsEntities } from './operationsEntities';

export interface SweepCheckpointRepository {
  get(date: string): Promise<SweepCheckpoint | undefined>;
  save(checkpoint: SweepCheckpoint): Promise<void>;
  /** The floor day, if a sweep ever finished. */
  floor(): Promise<string | undefined>;
  /**
   * A finished sweep moves the floor to `day` — unless it changed since the run read `seen`
   * (a recompute lowered it meanwhile): then only lowered, never raised past that change.
   */
  advanceFloor(seen: string | undefined, day: string, at: string): Promise<void>;
  /** A deadline moved to `day` (recompute): an existing floor goes down to it if it was later. */
  lowerFloor(day: string, at: string): Promise<void>;
  /** The last day whose claim due rows a finished claims sweep read (none: never ran). */
  claimsSweptThrough(): Promise<string | undefined>;
  /** A finished claims sweep read every due row through `day`: recorded unless a later day is. */
  markClaimsSwept(day: string, at: string): Promise<void>;
}

const CHECKPOINT_DAYS = 7;
const checkpointKey = (date: string) => ({ pk: `SWEEP#${date}`, sk: 'CHECKPOINT' });
const FLOOR_KEY = { pk: 'SWEEP', sk: 'FLOOR' };
const CLAIMS_SWEPT_KEY = { pk: 'SWEEP', sk: 'CLAIMS' };

export function dynamoSweepCheckpointRepository(
  entities: OperationsEntities,
): SweepCheckpointRepository {
  const checkpoints = entities.SweepCheckpoint.build(StoreRepository);
  const putFloor = (day: string, at: string, condition: Parameters<typeof checkpoints.put>[1]) =>
    checkpoints.put({ ...FLOOR_KEY, date: day, phase: 'FLOOR', updatedAt: at }, condition);

  const lowerFloor = async (day: string, at: string) => {
    try {
      await putFloor(day, at, {
        condition: { attr: 'date', gt: day },
      });
    } catch (error) {
      // Already at or below `day`, or no sweep ran yet (its first run looks back on its own).
      if (!isConditionalCheckFailed(error)) throw error;
    }
  };

  return {
    async get(date) {
      const { Item } = await checkpoints.get(checkpointKey(date));
      if (!Item) return undefined;
      return {
        date: Item.date,
        phase: Item.phase as SweepCheckpoint['phase'],
        ...(Item.fromDay ? { from: Item.fromDay } : {}),
        ...(Item.partitionMonth && Item.partitionRegion
          ? { partition: { month: Item.partitionMonth, region: Item.partitionRegion } }
          : {}),
        ...(Item.cursorJson
          ? { cursor: JSON.parse(Item.cursorJson) as Record<string, unknown> }
          : {}),
        ...(Item.heldFrom ? { heldFrom: Item.heldFrom } : {}),
        updatedAt: Item.updatedAt,
      };
    },
    async save(checkpoint) {
      await checkpoints.put({
        ...checkpointKey(checkpoint.date),
        date: checkpoint.date,
        phase: checkpoint.phase,
        ...(checkpoint.from ? { fromDay: checkpoint.from } : {}),
        ...(checkpoint.partition
          ? {
              partitionMonth: checkpoint.partition.month,
              partitionRegion: checkpoint.partition.region,
            }
          : {}),
        ...(checkpoint.cursor ? { cursorJson: JSON.stringify(checkpoint.cursor) } : {}),
        ...(checkpoint.heldFrom ? { heldFrom: checkpoint.heldFrom } : {}),
        updatedAt: checkpoint.updatedAt,
        expiresAtEpoch:
          Math.floor(new Date(checkpoint.updatedAt).getTime() / 1000) + CHECKPOINT_DAYS * 86400,
      });
    },
    async floor() {
      const { Item } = await checkpoints.get(FLOOR_KEY, { consistent: true });
      return Item?.date;
    },
    async advanceFloor(seen, day, at) {
      try {
        await putFloor(day, at, {
          condition:
            seen === undefined ? { attr: 'pk', exists: false } : { attr: 'date', eq: seen },
        });
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
        await lowerFloor(day, at);
      }
    },
    lowerFloor,
    async claimsSweptThrough() {
      const { Item } = await checkpoints.get(CLAIMS_SWEPT_KEY, { consistent: true });
      return Item?.date;
    },
    async markClaimsSwept(day, at) {
      try {
        await checkpoints.put(
          { ...CLAIMS_SWEPT_KEY, date: day, phase: 'FLOOR', updatedAt: at },
          {
            condition: {
              or: [
                { attr: 'pk', exists: false },
                { attr: 'date', lt: day },
              ],
            },
          },
        );
      } catch (error) {
        // A run of a later day finished first: its day stands.
        if (!isConditionalCheckFailed(error)) throw error;
      }
    },
  };
}
