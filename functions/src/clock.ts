// "Now" is a parameter: services never read the machine clock, so tests can travel in time.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: Date | string): Clock {
  const fixed = new Date(instant);
  return { now: () => new Date(fixed) };
}
