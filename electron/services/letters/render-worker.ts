import { parentPort } from 'node:worker_threads';
import { renderDocx } from './docx.js';

/**
 * The letter renderer's thread (issue 9): docxtemplater runs here, with the memory limit the
 * pool gives the thread and under its clock, so that a template that explodes takes down this
 * thread, never the server. Bundled with its libraries into dist/letter-render-worker.cjs.
 */
parentPort?.on('message', (request: { id: number; template: Uint8Array; data: object }) => {
  try {
    const docx = renderDocx(Buffer.from(request.template), request.data);
    parentPort?.postMessage({ id: request.id, docx });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, failure: error instanceof Error ? error.message : String(error) });
  }
});
