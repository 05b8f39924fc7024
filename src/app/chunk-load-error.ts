/**
 * Whether `error` is a failed download of a code chunk (a lazily loaded screen), which a reload
 * fixes, typically after a new version was deployed and the old chunk files are gone. Browsers
 * word it differently: Chromium "Failed to fetch dynamically imported module", Firefox "error
 * loading dynamically imported module", Safari "Importing a module script failed"; Vite's preload
 * helper "Unable to preload CSS".
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError') return true;
  return /dynamically imported module|importing a module script failed|unable to preload css/i.test(
    error.message,
  );
}
