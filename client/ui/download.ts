// Saves a blob as a file through a temporary link: the page's exports (PNG, GEXF, JSON) and the console's
// (CSV, JSON) all go through here. The object URL is released once the browser has had time to start the download.
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
