// The handwritten signature as strokes of points in canvas coordinates. Pure, so the pad's
// logic is tested without a canvas; the page draws and exports the strokes.

export interface Point {
  x: number;
  y: number;
}
export type Stroke = Point[];

/** Fewer points than this is a tap or a slip, not a signature. */
const MINIMUM_POINTS = 10;

export function startStroke(strokes: readonly Stroke[], point: Point): Stroke[] {
  return [...strokes, [point]];
}

export function extendStroke(strokes: readonly Stroke[], point: Point): Stroke[] {
  const last = strokes[strokes.length - 1];
  if (!last) return startStroke(strokes, point);
  return [...strokes.slice(0, -1), [...last, point]];
}

export function hasSignature(strokes: readonly Stroke[]): boolean {
  return strokes.reduce((count, stroke) => count + stroke.length, 0) >= MINIMUM_POINTS;
}

/**
 * The touch position inside the canvas. WeChat's canvas touch events carry x/y relative to
 * the canvas; H5 events carry clientX/clientY, so the canvas's position is subtracted.
 */
export function pointOfTouch(
  touch: { x?: number; y?: number; clientX?: number; clientY?: number },
  canvasOrigin: Point = { x: 0, y: 0 },
): Point | undefined {
  if (typeof touch.x === 'number' && typeof touch.y === 'number') return { x: touch.x, y: touch.y };
  if (typeof touch.clientX === 'number' && typeof touch.clientY === 'number') {
    return { x: touch.clientX - canvasOrigin.x, y: touch.clientY - canvasOrigin.y };
  }
  return undefined;
}

/** Minimal 2D context the drawing needs (both platforms' canvas 2d contexts have it). */
export interface StrokeContext {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

export function drawStrokes(context: StrokeContext, strokes: readonly Stroke[]): void {
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    context.beginPath();
    context.moveTo(first.x, first.y);
    for (const point of rest) context.lineTo(point.x, point.y);
    if (rest.length === 0) context.lineTo(first.x + 0.5, first.y + 0.5);
    context.stroke();
  }
}
