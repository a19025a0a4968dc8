import {
  drawStrokes,
  extendStroke,
  hasSignature,
  pointOfTouch,
  startStroke,
  type Stroke,
} from './strokes';

describe('strokes', () => {
  it('collects points into strokes and needs enough of them to count as a signature', () => {
    let strokes: Stroke[] = [];
    strokes = startStroke(strokes, { x: 0, y: 0 });
    for (let i = 1; i < 9; i += 1) strokes = extendStroke(strokes, { x: i, y: i });
    expect(hasSignature(strokes)).toBe(false);
    strokes = startStroke(strokes, { x: 50, y: 50 });
    expect(strokes).toHaveLength(2);
    expect(hasSignature(strokes)).toBe(true);
  });

  it.each([
    { touch: { x: 5, y: 6 }, expected: { x: 5, y: 6 } },
    { touch: { clientX: 105, clientY: 206 }, expected: { x: 5, y: 6 } },
    { touch: {}, expected: undefined },
  ])('reads $touch', ({ touch, expected }) => {
    expect(pointOfTouch(touch, { x: 100, y: 200 })).toEqual(expected);
  });

  it('draws each stroke as one path', () => {
    const calls: string[] = [];
    const context = {
      beginPath: () => calls.push('begin'),
      moveTo: (x: number, y: number) => calls.push(`move ${x},${y}`),
      lineTo: (x: number, y: number) => calls.push(`line ${x},${y}`),
      stroke: () => calls.push('stroke'),
    };
    drawStrokes(context, [
      [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
      ],
      [],
    ]);
    expect(calls).toEqual(['begin', 'move 1,1', 'line 2,2', 'stroke']);
  });
});
