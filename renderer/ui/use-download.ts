import { useMutation } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../electron/api/common/contract';
import { call, type ApiCallError } from '../api/client';
import { downloadBase64 } from './download';

/** The methods that answer a file to save (a day's PDF, an attachment). */
type FileMethod = {
  [M in MethodName]: OutputOf<M> extends { fileName: string; mime: string; contentBase64: string } ? M : never;
}[MethodName];

/**
 * A download that says when it fails (issue 22 item 12): the file is asked of the server and saved
 * by the browser; `error` is the refusal to show beside the button (a PDF that could not be made,
 * an attachment gone), `isPending` keeps the button busy meanwhile. Never a read to cache.
 */
export function useDownload<M extends FileMethod>(method: M) {
  return useMutation<OutputOf<M>, ApiCallError, InputOf<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: (file) => {
      downloadBase64(file);
    },
  });
}
