/** Saves `text` as a file named `fileName` through a Blob and an object URL. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** `sla-board-YYYY-MM-DD.<extension>`, the date of `nowMs` on this device's calendar. */
export function exportFileName(nowMs: number, extension: string): string {
  const date = new Date(nowMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `sla-board-${day}.${extension}`;
}
