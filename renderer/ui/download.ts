import { neutraliseBidi } from '../../electron/api/common/shown-names';

/** A file the API returned (base64) as bytes the page can show, play or save. */
export function blobOf(file: { mime: string; contentBase64: string }): Blob {
  return new Blob([Uint8Array.from(atob(file.contentBase64), (char) => char.charCodeAt(0))], { type: file.mime });
}

/** Saves a file the API returned (base64) through the browser's download. */
export function downloadBase64(file: { fileName: string; mime: string; contentBase64: string }): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blobOf(file));
  // Saved under the name the person read (issue 27), whatever a row from before still holds.
  link.download = neutraliseBidi(file.fileName);
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 10_000);
}
