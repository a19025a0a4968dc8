import { quantile, readOverheadOf } from './readOverhead';

describe('read overhead', () => {
  it('takes quantiles between the nearest ranks', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
  });

  it('is the read’s median over the sum of the two floors’ medians', () => {
    const figures = readOverheadOf({
      rawGetItem: [2, 1.5, 2.5, 40],
      emptyRoute: [1, 1, 1, 1],
      getFiling: [6, 6.5, 5.5, 90],
    });
    // medians: 2.25 + 1 against 6.25; one slow round (a burst of load) moves no median much.
    expect(figures.overhead).toBeCloseTo(6.25 / 3.25, 2);
    expect(figures.rounds).toBe(4);
    expect(figures.getFiling.medianMs).toBe(6.25);
  });

  it('also gives the median of each round’s own ratio', () => {
    const figures = readOverheadOf({
      rawGetItem: [1, 2, 3],
      emptyRoute: [1, 1, 1],
      getFiling: [2, 6, 4],
    });
    // per round: 1, 2, 1; by medians 4 / (2 + 1)
    expect(figures.overheadPerRound).toBe(1);
    expect(figures.overhead).toBe(1.33);
  });
});
