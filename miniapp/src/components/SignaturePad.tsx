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
} from '../signature/strokes';
import type { PickedFile } from '../upload/pickedFile';

const CANVAS_ID = 'signature-canvas';

interface TouchLike {
  touches?: ArrayLike<{ x?: number; y?: number; clientX?: number; clientY?: number }>;
}

type Context2D = CanvasRenderingContext2D;

function browserCanvas(): HTMLCanvasElement | undefined {
  if (typeof document === 'undefined') return undefined;
  const host = document.getElementById(CANVAS_ID);
  if (host instanceof HTMLCanvasElement) return host;
  return host?.querySelector('canvas') ?? undefined;
}

function styleContext(context: Context2D) {
  context.lineWidth = 4;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = '#000000';
}

/** WeChat: the canvas node of a type="2d" canvas. */
function weappCanvas(): Promise<
  { node: HTMLCanvasElement; width: number; height: number } | undefined
> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((result: Array<{ node?: HTMLCanvasElement; width: number; height: number } | null>) => {
        const first = result[0];
        resolve(
          first?.node ? { node: first.node, width: first.width, height: first.height } : undefined,
        );
      });
  });
}

async function exportSignature(strokes: readonly Stroke[]): Promise<PickedFile> {
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
  const found = await weappCanvas();
  if (!found) throw new Error('signature canvas not found');
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: found.node as unknown as Taro.Canvas,
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
    const found = await weappCanvas();
    const context = found?.node.getContext('2d');
    if (!found || !context) return;
    context.clearRect(0, 0, found.width, found.height);
    styleContext(context);
    drawStrokes(context, next);
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
    const rect = browserCanvas()?.getBoundingClientRect();
    origin.current = rect ? { x: rect.left, y: rect.top } : { x: 0, y: 0 };
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
    onSigned(await exportSignature(strokes));
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
