// Handwritten signature on a canvas, exported as a PNG for the COMMITMENT_SIGNATURE material.
// Strokes live in pure data (signature/strokes.ts); this component draws and exports them.
import { Button, Canvas, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { zh } from '../i18n/zh';
import {
  drawStrokes,
  extendStroke,
  hasSignature,
  pointOfTouch,
  startStroke,
  type Point,
  type Stroke,
  type StrokeContext,
} from '../signature/strokes';
import type { PickedFile } from '../upload/pickedFile';

const CANVAS_ID = 'signature-canvas';

interface TouchLike {
  touches?: ArrayLike<{ x?: number; y?: number; clientX?: number; clientY?: number }>;
}

/** What drawing needs from either platform's 2d context. */
interface PadContext extends StrokeContext {
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  strokeStyle: unknown;
  clearRect(x: number, y: number, width: number, height: number): void;
  scale(x: number, y: number): void;
}

/** WeChat's type="2d" canvas node (no DOM types on weapp). */
interface WeappCanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): PadContext;
}

/** The canvas once found: its context already scaled, its size in CSS pixels. */
interface WeappSurface {
  node: WeappCanvasNode;
  context: PadContext;
  width: number;
  height: number;
}

/** H5 only: the DOM canvas Taro renders for <Canvas>. Never reached on weapp. */
function browserCanvas(): HTMLCanvasElement | undefined {
  if (process.env.TARO_ENV !== 'h5') return undefined;
  const host = document.getElementById(CANVAS_ID);
  if (host instanceof HTMLCanvasElement) return host;
  return host?.querySelector('canvas') ?? undefined;
}

function styleContext(context: PadContext) {
  context.lineWidth = 4;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = '#000000';
}

function devicePixelRatio(): number {
  const info = Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync();
  return info.pixelRatio || 1;
}

/**
 * WeChat: finds the type="2d" canvas once and sizes its bitmap for the screen's pixel ratio
 * (the default 300×150 bitmap would be stretched and blurry), scaling the context so strokes
 * stay in CSS pixels, the coordinates touches carry.
 */
function findWeappSurface(): Promise<WeappSurface | undefined> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((result: Array<{ node?: WeappCanvasNode; width: number; height: number } | null>) => {
        const first = result[0];
        if (!first?.node) return resolve(undefined);
        const ratio = devicePixelRatio();
        first.node.width = Math.round(first.width * ratio);
        first.node.height = Math.round(first.height * ratio);
        const context = first.node.getContext('2d');
        context.scale(ratio, ratio);
        resolve({ node: first.node, context, width: first.width, height: first.height });
      });
  });
}

async function exportSignature(
  strokes: readonly Stroke[],
  surface: WeappSurface | undefined,
): Promise<PickedFile> {
  if (process.env.TARO_ENV === 'h5') {
    const shown = browserCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = shown?.clientWidth || 600;
    canvas.height = shown?.clientHeight || 300;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    styleContext(context);
    drawStrokes(context, strokes);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((value) => (value ? resolve(value) : reject(new Error('toBlob'))), 'image/png'),
    );
    return { size: blob.size, contentType: 'image/png', path: '', blob };
  }
  if (!surface) throw new Error('signature canvas not found');
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: surface.node as unknown as Taro.Canvas,
    fileType: 'png',
  });
  return { size: 0, contentType: 'image/png', path: tempFilePath };
}

export function SignaturePad({
  onSigned,
  onConfirmTap,
  busy,
}: {
  onSigned: (file: PickedFile) => void;
  /** Runs first, synchronously inside the tap (WeChat's subscribe prompt needs the gesture). */
  onConfirmTap?: () => void;
  busy?: boolean;
}) {
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  // Touch events arrive faster than React re-renders: each one must extend the latest strokes,
  // not the copy captured by the last render, or quick strokes lose points.
  const liveStrokes = useRef<Stroke[]>([]);
  const [error, setError] = useState<string>();
  const origin = useRef<Point>({ x: 0, y: 0 });
  // WeChat: one SelectorQuery for the pad's life, not one per touchmove.
  const surface = useRef<Promise<WeappSurface | undefined>>(undefined);

  function weappSurface(): Promise<WeappSurface | undefined> {
    const found = (surface.current ??= findWeappSurface());
    // Not rendered yet: forget the miss so the next touch asks again.
    void found.then((value) => {
      if (!value && surface.current === found) surface.current = undefined;
    });
    return found;
  }

  async function redraw(next: readonly Stroke[]) {
    if (process.env.TARO_ENV === 'h5') {
      const canvas = browserCanvas();
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return;
      if (canvas.width !== canvas.clientWidth) canvas.width = canvas.clientWidth;
      if (canvas.height !== canvas.clientHeight) canvas.height = canvas.clientHeight;
      context.clearRect(0, 0, canvas.width, canvas.height);
      styleContext(context);
      drawStrokes(context, next);
      return;
    }
    const found = await weappSurface();
    if (!found) return;
    // Strokes are data: whatever arrived while the canvas was being found is drawn now.
    const latest = liveStrokes.current === next ? next : liveStrokes.current;
    found.context.clearRect(0, 0, found.width, found.height);
    styleContext(found.context);
    drawStrokes(found.context, latest);
  }

  function pointOf(event: TouchLike): Point | undefined {
    const touch = event.touches?.[0];
    return touch ? pointOfTouch(touch, origin.current) : undefined;
  }

  function commit(next: Stroke[]) {
    liveStrokes.current = next;
    setStrokes(next);
    void redraw(next);
  }

  function onStart(event: TouchLike) {
    if (process.env.TARO_ENV === 'h5') {
      const rect = browserCanvas()?.getBoundingClientRect();
      origin.current = rect ? { x: rect.left, y: rect.top } : { x: 0, y: 0 };
    }
    const point = pointOf(event);
    if (!point) return;
    commit(startStroke(liveStrokes.current, point));
    setError(undefined);
  }

  function onMove(event: TouchLike) {
    const point = pointOf(event);
    if (!point) return;
    commit(extendStroke(liveStrokes.current, point));
  }

  function clear() {
    commit([]);
  }

  async function confirm() {
    if (!hasSignature(strokes)) {
      setError(zh.filing.signatureEmpty);
      return;
    }
    onConfirmTap?.();
    try {
      const found = process.env.TARO_ENV === 'h5' ? undefined : await weappSurface();
      onSigned(await exportSignature(strokes, found));
    } catch (_error) {
      setError(zh.filing.signatureFailed);
    }
  }

  return (
    <View>
      <Text className="field-label">{zh.filing.signHere}</Text>
      <Canvas
        id={CANVAS_ID}
        type="2d"
        className="signature-canvas"
        disableScroll
        aria-label={zh.filing.signHere}
        onTouchStart={onStart}
        onTouchMove={onMove}
      />
      {error && <Text className="error-text">⚠ {error}</Text>}
      <View className="row">
        <Button id="signature-clear" className="button button--secondary" onClick={clear}>
          {zh.filing.signatureClear}
        </Button>
        <Button
          id="signature-confirm"
          className={busy ? 'button button--disabled' : 'button'}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {zh.filing.signatureSave}
        </Button>
      </View>
    </View>
  );
}
