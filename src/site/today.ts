/**
 * The day pages call "today" (a CNCF project's maturity now). SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) pins it, so that two builds of the same content are the same
 * bytes; without it, the day of the build.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1764547200), got "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
