import { randomUUID } from 'node:crypto';
import { OUTBOX_SHARDS, outboxPartition, outboxShardOf } from './messages';

describe('outbox shards', () => {
  it('a message keeps its shard (a retry re-puts the same keys); ids spread over every shard', () => {
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    expect(ids.map(outboxShardOf)).toEqual(ids.map(outboxShardOf));
    const counts = Array.from({ length: OUTBOX_SHARDS }, () => 0);
    for (const id of ids) counts[outboxShardOf(id)]! += 1;
    for (const count of counts) {
      expect(count).toBeGreaterThan((ids.length / OUTBOX_SHARDS) * 0.8);
      expect(count).toBeLessThan((ids.length / OUTBOX_SHARDS) * 1.2);
    }
  });

  it('shard 0 is the partition used before the split, so older messages are still sent', () => {
    expect(Array.from({ length: OUTBOX_SHARDS }, (_, shard) => outboxPartition(shard))).toEqual([
      'OUTBOX',
      'OUTBOX#1',
      'OUTBOX#2',
      'OUTBOX#3',
    ]);
  });
});
