// Upload one kind of proof: choose a photo, see the progress, retry after a failure.
import { Button, Text, View } from '@tarojs/components';
import { DOC_TYPE_LABELS, type DocType } from '@yidi/shared';
import { useState } from 'react';
import { zh } from '../i18n/zh';
import { pickImage, PrivacyRefusedError, type PickedFile } from '../upload/pickedFile';
import { uploadMaterial } from '../upload/uploadMaterial';
import { PrivacyPopup } from '../privacy/PrivacyPopup';
import { errorMessageOf } from './ErrorText';

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'failed'; message: string; file: PickedFile }
  | { kind: 'refused' }
  | { kind: 'done' };

export function MaterialUploader({
  personId,
  docType,
  uploadedCount,
  onUploaded,
}: {
  personId: string;
  docType: DocType;
  uploadedCount: number;
  onUploaded: (materialId: string) => void;
}) {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const label = DOC_TYPE_LABELS[docType];

  async function send(file: PickedFile) {
    setState({ kind: 'uploading', percent: 0 });
    try {
      const id = await uploadMaterial({
        personId,
        docType,
        file,
        onProgress: (percent) => setState({ kind: 'uploading', percent }),
      });
      setState({ kind: 'done' });
      onUploaded(id);
    } catch (error) {
      setState({ kind: 'failed', message: errorMessageOf(error), file });
    }
  }

  async function choose() {
    let file: PickedFile | undefined;
    try {
      file = await pickImage();
    } catch (error) {
      if (error instanceof PrivacyRefusedError) return setState({ kind: 'refused' });
      throw error;
    }
    if (file) await send(file);
  }

  return (
    <View className="card" id={`upload-${docType}`}>
      <Text className="field-label">{label}</Text>
      {uploadedCount > 0 && (
        <Text className="hint" id={`upload-${docType}-done`}>
          ✔ {zh.upload.done}（{uploadedCount}）
        </Text>
      )}
      {state.kind === 'uploading' && (
        <View>
          <Text className="hint">{zh.upload.uploading(state.percent)}</Text>
          <View className="progress" aria-label={zh.upload.uploading(state.percent)}>
            <View className="progress-bar" style={{ width: `${state.percent}%` }} />
          </View>
        </View>
      )}
      {state.kind === 'failed' && (
        <View>
          <Text className="error-text">⚠ {state.message}</Text>
          <Button
            id={`upload-${docType}-retry`}
            className="button"
            onClick={() => void send(state.file)}
          >
            {zh.upload.retry}
          </Button>
        </View>
      )}
      {state.kind === 'refused' && (
        <Text className="error-text" id={`upload-${docType}-refused`}>
          ⚠ {zh.privacy.pickRefused}
        </Text>
      )}
      {state.kind !== 'uploading' && (
        <Button
          id={`upload-${docType}-choose`}
          className="button button--secondary"
          onClick={() => void choose()}
        >
          {zh.upload.choose(label)}
        </Button>
      )}
      {/* Choosing a photo is a privacy API: WeChat may first ask for the user's agreement. */}
      <PrivacyPopup />
    </View>
  );
}
