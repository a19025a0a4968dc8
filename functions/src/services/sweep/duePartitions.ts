// The due-date index partitions (pooling region × month) covering the days from one date through
// another, month by month, each month's regions in the registry's order, each with the days of
// that month it must read: the sweep and the recompute read exactly these.
import {
  addDays,
  addMonths,
  isAfter,
  listPolicyRegions,
  maxIsoDate,
  minIsoDate,
  type IsoDate,
} from '@yidi/shared';
import type { DuePartition } from '../../store';

export function duePartitions(from: IsoDate, through: IsoDate): DuePartition[] {
  const regions = listPolicyRegions().map(({ code }) => code);
  const partitions: DuePartition[] = [];
  if (isAfter(from, through)) return partitions;
  for (
    let monthStart = `${from.slice(0, 7)}-01`;
    !isAfter(monthStart, through);
    monthStart = addMonths(monthStart, 1)
  ) {
    const monthEnd = addDays(addMonths(monthStart, 1), -1);
    for (const region of regions) {
      partitions.push({
        month: monthStart.slice(0, 7),
        region,
        from: maxIsoDate(from, monthStart),
        through: minIsoDate(through, monthEnd),
      });
    }
  }
  return partitions;
}
