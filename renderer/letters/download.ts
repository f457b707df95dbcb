/** Saves a file the API returned (base64) through the browser's download. */
export function downloadBase64(file: { fileName: string; mime: string; contentBase64: string }): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (char) => char.charCodeAt(0));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  link.download = file.fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 10_000);
}
