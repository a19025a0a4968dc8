// A file the user chose or the signature pad produced, on either platform: WeChat knows files
// by temp path, H5 by Blob.
import Taro from '@tarojs/taro';
import type { MaterialContentType } from '@yidi/shared';

export interface PickedFile {
  size: number;
  contentType: MaterialContentType;
  /** WeChat temp file path (also a blob: URL on H5). */
  path: string;
  /** H5 only: the file itself. */
  blob?: Blob;
}

export function contentTypeOf(nameOrType: string | undefined): MaterialContentType {
  const value = (nameOrType ?? '').toLowerCase();
  if (value.includes('pdf')) return 'application/pdf';
  if (value.includes('png')) return 'image/png';
  return 'image/jpeg';
}

/** WeChat refused a privacy API because the user disagreed with the privacy guide. */
export class PrivacyRefusedError extends Error {}

function isPrivacyRefusal(failure: unknown): boolean {
  const { errno, errMsg } = (failure ?? {}) as { errno?: number; errMsg?: string };
  // errno 104: "privacy permission is not authorized" (WeChat's privacy check).
  return errno === 104 || /privacy permission/.test(errMsg ?? '');
}

/**
 * One photo from the album or the camera; undefined when the user backs out, PrivacyRefusedError
 * when the user disagreed with the privacy guide (the page says so instead of doing nothing).
 */
export async function pickImage(): Promise<PickedFile | undefined> {
  try {
    const result = await Taro.chooseImage({
      count: 1,
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    const file = result.tempFiles[0];
    if (!file) return undefined;
    const blob = file.originalFileObj;
    return {
      size: file.size,
      contentType: contentTypeOf(blob?.type ?? file.type ?? file.path),
      path: file.path,
      ...(blob ? { blob } : {}),
    };
  } catch (failure) {
    if (isPrivacyRefusal(failure)) throw new PrivacyRefusedError('privacy refused');
    return undefined;
  }
}

export async function readBytes(file: PickedFile): Promise<ArrayBuffer> {
  if (file.blob) return file.blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      success: (result) => {
        if (result.data instanceof ArrayBuffer) resolve(result.data);
        else reject(new Error('readFile returned text'));
      },
      fail: (error) => reject(new Error(error.errMsg)),
    });
  });
}
