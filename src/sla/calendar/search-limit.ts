/**
 * How far (in 32-day chunks) a forward search may go before giving up: far beyond any run of
 * holidays a calendar can list, so reaching it means the calendar cannot satisfy the request.
 */
export function searchLimit(fromChunk: number): number {
  return fromChunk + 20_000;
}
