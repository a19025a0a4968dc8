import { factsFromParam, factsParam } from './factsParam';

describe('the facts parameter between the wizard and the filing form', () => {
  it('carries the answers there and back', () => {
    const facts = { retired: true, hukouMoved: true };
    const param = factsParam(facts);
    expect(param.startsWith('&facts=')).toBe(true);
    expect(factsFromParam(decodeURIComponent(param.slice('&facts='.length)))).toEqual(facts);
  });

  it('sends nothing without answers and drops malformed ones', () => {
    expect(factsParam({})).toBe('');
    expect(factsParam(undefined)).toBe('');
    expect(factsFromParam('{"residenceMonths":-3}')).toBeUndefined();
    expect(factsFromParam('not json')).toBeUndefined();
  });
});
