// A type="2d" canvas node as wx.createSelectorQuery returns it, with a 2d context that records
// every call and property set, and rasterises the paths it strokes (1-bit, good enough to tell
// a drawn signature from an empty pad) so canvasToTempFilePath yields a real PNG.
import { deflateSync } from 'node:zlib';

export interface CanvasCall {
  op: string;
  args: unknown[];
}

export class RecordingContext2D {
  readonly calls: CanvasCall[] = [];
  private path: Array<{ x: number; y: number; move: boolean }> = [];
  private inked = new Set<number>();
  private props: Record<string, unknown> = {
    lineWidth: 1,
    strokeStyle: '#000000',
    fillStyle: '#000000',
    lineCap: 'butt',
    lineJoin: 'miter',
  };
  private transform = { sx: 1, sy: 1 };

  constructor(readonly canvas: CanvasNode) {
    for (const name of Object.keys(this.props)) {
      Object.defineProperty(this, name, {
        get: () => this.props[name],
        set: (value: unknown) => {
          this.props[name] = value;
          this.calls.push({ op: `set ${name}`, args: [value] });
        },
        enumerable: true,
      });
    }
  }

  private record(op: string, args: unknown[]) {
    this.calls.push({ op, args });
  }
  beginPath() {
    this.record('beginPath', []);
    this.path = [];
  }
  moveTo(x: number, y: number) {
    this.record('moveTo', [x, y]);
    this.path.push({ x, y, move: true });
  }
  lineTo(x: number, y: number) {
    this.record('lineTo', [x, y]);
    this.path.push({ x, y, move: false });
  }
  stroke() {
    this.record('stroke', []);
    for (let i = 1; i < this.path.length; i++) {
      const to = this.path[i]!;
      if (to.move) continue;
      const from = this.path[i - 1]!;
      const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y)));
      for (let s = 0; s <= steps; s++) {
        this.ink(from.x + ((to.x - from.x) * s) / steps, from.y + ((to.y - from.y) * s) / steps);
      }
    }
  }
  private ink(x: number, y: number) {
    const px = Math.round(x * this.transform.sx);
    const py = Math.round(y * this.transform.sy);
    if (px < 0 || py < 0 || px >= this.canvas.width || py >= this.canvas.height) return;
    this.inked.add(py * Math.floor(this.canvas.width) + px);
  }
  clearRect(x: number, y: number, w: number, h: number) {
    this.record('clearRect', [x, y, w, h]);
    this.inked.clear();
  }
  fillRect(x: number, y: number, w: number, h: number) {
    this.record('fillRect', [x, y, w, h]);
  }
  scale(sx: number, sy: number) {
    this.record('scale', [sx, sy]);
    this.transform = { sx: this.transform.sx * sx, sy: this.transform.sy * sy };
  }
  setTransform(a: number, _b: number, _c: number, d: number) {
    this.record('setTransform', [a, _b, _c, d]);
    this.transform = { sx: a, sy: d };
  }
  resetTransform() {
    this.record('resetTransform', []);
    this.transform = { sx: 1, sy: 1 };
  }
  save() {
    this.record('save', []);
  }
  restore() {
    this.record('restore', []);
  }
  /** Pixels any stroke has touched since the last clear. */
  inkedPixels(): number {
    return this.inked.size;
  }
  /** The bitmap as a greyscale PNG: black ink on white. */
  toPng(): Buffer {
    const width = Math.max(1, Math.floor(this.canvas.width));
    const height = Math.max(1, Math.floor(this.canvas.height));
    const rows: Buffer[] = [];
    for (let y = 0; y < height; y++) {
      const row = Buffer.alloc(1 + width, 0xff);
      row[0] = 0;
      for (let x = 0; x < width; x++) if (this.inked.has(y * width + x)) row[1 + x] = 0;
      rows.push(row);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header.writeUInt8(8, 8);
    header.writeUInt8(0, 9); // greyscale
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

/** The canvas node: width/height are the bitmap's size (300×150 until the page sets them). */
export class CanvasNode {
  width = 300;
  height = 150;
  private context?: RecordingContext2D;
  getContextCalls = 0;
  constructor(readonly id: string) {}
  getContext(type: string) {
    this.getContextCalls += 1;
    if (type !== '2d') throw new Error(`canvas.getContext('${type}') is not supported here`);
    return (this.context ??= new RecordingContext2D(this));
  }
  get recorded(): RecordingContext2D | undefined {
    return this.context;
  }
  createImage() {
    return { src: '', width: 0, height: 0, onload: null, onerror: null };
  }
  requestAnimationFrame(callback: () => void) {
    return setTimeout(callback, 16);
  }
  cancelAnimationFrame(id: NodeJS.Timeout) {
    clearTimeout(id);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return Buffer.concat([length, body, tail]);
}
