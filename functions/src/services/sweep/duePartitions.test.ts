import { listPolicyRegions } from '@yidi/shared';
import { duePartitions } from './duePartitions';

describe('duePartitions', () => {
  const regions = listPolicyRegions().map(({ code }) => code);

  it('one read per (month, region), each with the days of that month inside the range', () => {
    const reads = duePartitions('2027-01-20', '2027-03-05');
    expect(reads).toHaveLength(3 * regions.length);
    expect(reads.filter(({ region }) => region === '340100')).toEqual([
      { month: '2027-01', region: '340100', from: '2027-01-20', through: '2027-01-31' },
      { month: '2027-02', region: '340100', from: '2027-02-01', through: '2027-02-28' },
      { month: '2027-03', region: '340100', from: '2027-03-01', through: '2027-03-05' },
    ]);
    expect(reads.slice(0, regions.length).map(({ region }) => region)).toEqual(regions);
  });

  it('a range inside one month is one read per region; an empty range none', () => {
    expect(duePartitions('2028-02-29', '2028-02-29')).toEqual(
      regions.map((region) => ({
        month: '2028-02',
        region,
        from: '2028-02-29',
        through: '2028-02-29',
      })),
    );
    expect(duePartitions('2027-03-02', '2027-03-01')).toEqual([]);
  });
});
