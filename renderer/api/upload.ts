import type { OutputOf } from '../../electron/api/common/contract';
import type { Result } from '../../electron/api/common/result';
import { ApiCallError } from './client';

/**
 * Sends a speech model from this machine to the server (browser mode, any seat), with progress:
 * a model weighs hundreds of megabytes, too much for a JSON call. The server streams it to disk,
 * checks it and installs it (POST /api/upload/model, then dictation.importUploadedModel).
 */
export function uploadModel(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<OutputOf<'dictation.importUploadedModel'>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/upload/model?fileName=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        const result = JSON.parse(request.responseText) as Result<OutputOf<'dictation.importUploadedModel'>>;
        if (result.ok) resolve(result.value);
        else reject(new ApiCallError(result.error));
      } catch {
        reject(
          new ApiCallError({ code: 'INTERNAL', message: `Réponse illisible du serveur (HTTP ${request.status}).` }),
        );
      }
    };
    request.onerror = () => {
      reject(new ApiCallError({ code: 'INTERNAL', message: 'Envoi interrompu : le serveur Paume ne répond pas.' }));
    };
    request.send(file);
  });
}
