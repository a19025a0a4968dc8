// The (day, pooling region) partitions of the due-date indexes between two days, day by day,
// each day's regions in the registry's order: the sweep and the recompute read exactly these.
import { addDays, isAfter, listPolicyRegions, type IsoDate } from '@yidi/shared';
import type { DuePartition } from '../../store';

export function duePartitions(from: IsoDate, through: IsoDate): DuePartition[] {
  const regions = listPolicyRegions().map(({ code }) => code);
  const partitions: DuePartition[] = [];
  for (let day = from; !isAfter(day, through); day = addDays(day, 1)) {
    for (const region of regions) partitions.push({ day, region });
  }
  return partitions;
}
