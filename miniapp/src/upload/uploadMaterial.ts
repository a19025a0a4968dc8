// Uploading proof (docs/api.md "Materials"): declare type, size and SHA-256 (POST /v1/materials),
// then send the bytes straight to storage with the presigned POST (or PUT) — Taro.uploadFile on
// WeChat, XMLHttpRequest with FormData on H5 (fetch cannot report upload progress).
import Taro from '@tarojs/taro';
import { MAX_MATERIAL_SIZE_BYTES, type DocType, type PresignedUpload } from '@yidi/shared';
import { ApiError } from '../api/apiError';
import { createMaterial } from '../api/client';
import { zh } from '../i18n/zh';
import { readBytes, type PickedFile } from './pickedFile';
import { sha256Hex } from './sha256';

export type ProgressListener = (percent: number) => void;

function uploadFailed(): ApiError {
  return new ApiError({ code: 'NETWORK_ERROR', status: 0, message: zh.upload.failed });
}

function uploadInWeapp(upload: PresignedUpload, file: PickedFile, onProgress: ProgressListener) {
  return new Promise<void>((resolve, reject) => {
    const task = Taro.uploadFile({
      url: upload.url,
      filePath: file.path,
      name: 'file',
      formData: upload.fields ?? {},
      header: upload.headers ?? {},
      success: (result) =>
        result.statusCode >= 200 && result.statusCode < 300 ? resolve() : reject(uploadFailed()),
      fail: () => reject(uploadFailed()),
    });
    task.onProgressUpdate((progress) => onProgress(progress.progress));
  });
}

function uploadInBrowser(
  upload: PresignedUpload,
  file: PickedFile,
  bytes: ArrayBuffer,
  onProgress: ProgressListener,
) {
  return new Promise<void>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(upload.method, upload.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300 ? resolve() : reject(uploadFailed());
    request.onerror = () => reject(uploadFailed());
    const blob = file.blob ?? new Blob([bytes], { type: file.contentType });
    if (upload.method === 'PUT') {
      for (const [name, value] of Object.entries(upload.headers ?? {}))
        request.setRequestHeader(name, value);
      request.send(blob);
      return;
    }
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields ?? {})) form.append(name, value);
    form.append('file', blob);
    request.send(form);
  });
}

/** Uploads one file and returns its material id. Throws ApiError (retry by calling again). */
export async function uploadMaterial(input: {
  personId: string;
  docType: DocType;
  file: PickedFile;
  onProgress?: ProgressListener;
}): Promise<string> {
  const onProgress = input.onProgress ?? (() => undefined);
  if (input.file.size > MAX_MATERIAL_SIZE_BYTES) {
    throw new ApiError({ code: 'VALIDATION_FAILED', status: 422, message: zh.upload.tooLarge });
  }
  const bytes = await readBytes(input.file);
  const material = await createMaterial({
    personId: input.personId,
    docType: input.docType,
    contentType: input.file.contentType,
    size: bytes.byteLength,
    sha256: sha256Hex(bytes),
  });
  onProgress(0);
  if (process.env.TARO_ENV === 'h5') {
    await uploadInBrowser(material.upload, input.file, bytes, onProgress);
  } else {
    await uploadInWeapp(material.upload, input.file, onProgress);
  }
  onProgress(100);
  return material.id;
}
