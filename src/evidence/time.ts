/** One form for every time the evidence shows: UTC, seconds, `Z` (git prints offsets; records may too). */
export function utc(time: string): string {
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? time : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** True when `time` is at or after `since` (no bound when `since` is undefined). */
export function notBefore(time: string, since: string | undefined): boolean {
  return since === undefined || Date.parse(time) >= Date.parse(since);
}
