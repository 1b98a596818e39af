/**
 * The two builds the bench compares, each measured the same way: Confnotes' real build
 * (`npm run build`: `astro build` of the project, then Pagefind's Node API) and the bare baseline (`astro build`
 * then the Pagefind CLI). Both use the project's own Astro, Pagefind and Node.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { parseAstroLog, withOther, type Stages } from './astro-log.ts';
import { prepareBaseline } from './baseline-site.ts';
import { distStats, type FolderStats } from './dist-stats.ts';
import type { GeneratedTalk } from './generate-content.ts';
import { runCommand, type CommandResult, type TimedLine } from './run-command.ts';

export interface BuildResult {
  /** .html files written. */
  pages: number;
  /** Pages the search index holds. */
  indexed_pages: number | null;
  seconds: Stages;
  pages_per_second: number;
  /** Peak resident memory of the process tree, MB (the largest single process, if known, below). */
  peak_rss_mb: number;
  peak_process_rss_mb: number | null;
  dist: FolderStats;
  pagefind: FolderStats;
  /**
   * Bytes of Astro's content data store (data-store.json): what the loaders stored. Rendering
   * loads it whole as one JavaScript module, whose compile time grows faster than its size.
   */
  data_store_bytes: number | null;
  /** Where the site was written, and the build log. */
  dist_dir: string;
  log: string;
  median_talk_page: string | null;
  /** The largest pages by HTML (see dist-stats.ts). */
  largest_pages: string[];
  /** Confnotes: pages taken from the last build's cache, and pages rendered (null: not logged). */
  reused_pages?: number | null;
  rendered_pages?: number | null;
}

export interface BuildContext {
  root: string;
  /** Folder of this bench run, for outputs, caches and logs. */
  work: string;
  /**
   * Folder of this bench run inside the project, for Confnotes' dist: Astro bundles the pages of
   * a build whose outDir lies outside the working directory into <root>/.astro/.prerender/,
   * shared by every such build, and two at once (the bench and npm test) break each other.
   */
  projectOut: string;
  onLine?: (label: string, line: TimedLine) => void;
}

const ENV = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

/** The JavaScript file behind a node_modules/.bin entry, to run it with this Node. */
const binScript = (root: string, name: string) => realpathSync(join(root, 'node_modules', '.bin', name));

function failIfBroken(label: string, result: CommandResult, log: string): void {
  if (result.exitCode === 0) return;
  const tail = result.lines.slice(-30).map((l) => `  ${l.text}`).join('\n');
  const how = result.abnormalEnd ? `${result.abnormalEnd.toLowerCase()}, ` : '';
  const memory = `peak RSS ${result.peakTreeRssMb.toFixed(0)} MB`;
  throw new Error(`${label} failed (${how}exit ${result.exitCode}, ${memory}, after ${result.seconds.toFixed(0)} s); last lines:\n${tail}\nfull log: ${log}`);
}

const fileSize = (file: string) => (existsSync(file) ? statSync(file).size : null);

function summarise(stages: Stages, dist: string, log: string, indexed: number | null, rss: CommandResult[], dataStore: string): BuildResult {
  const stats = distStats(dist);
  const peaks = rss.map((r) => r.peakProcessRssMb).filter((p): p is number => p !== undefined);
  return {
    pages: stats.pages,
    indexed_pages: indexed,
    seconds: stages,
    pages_per_second: stats.pages / stages.total,
    peak_rss_mb: Math.max(...rss.map((r) => r.peakTreeRssMb)),
    peak_process_rss_mb: peaks.length ? Math.max(...peaks) : null,
    dist: { bytes: stats.bytes, files: stats.files },
    pagefind: stats.pagefind,
    data_store_bytes: fileSize(dataStore),
    dist_dir: dist,
    log,
    median_talk_page: stats.medianTalkPage ?? null,
    largest_pages: stats.largestPages,
  };
}

/**
 * Confnotes' own build over a content folder, as `npm run build` runs it, with the project's
 * config (caches moved to `work`); with `profileDir`, under `node --cpu-prof` writing its profiles there. Its own cache
 * (compiled recaps, the last build's pages) is kept beside the dist, on the same disk, so a
 * second call is a rebuild.
 */
export async function buildOurs(context: BuildContext, contentDir: string, { profileDir, label = 'build' }: { profileDir?: string; label?: string } = {}): Promise<BuildResult> {
  const dist = join(context.projectOut, 'dist');
  const log = join(context.work, `ours-${label}.log`);
  // In NODE_OPTIONS: Astro's process and the index step's each write their own profile.
  const profile = profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {};
  const cache = join(context.work, 'ours-cache');
  // `npm run build`'s command: astro build, then the search index once Astro's process has exited.
  const result = await runCommand('sh', [join(context.root, 'src', 'cli', 'build.sh'), '--config', 'bench/astro.config.mjs'], {
    cwd: context.root,
    env: { ...ENV, ...profile, PATH: [dirname(process.execPath), process.env.PATH].join(delimiter), CONFNOTES_CONTENT: contentDir, CONFNOTES_OUT: dist, CONFNOTES_BENCH_CACHE: cache, CONFNOTES_CACHE: join(context.projectOut, 'cache') },
    logFile: log,
    onLine: (line) => context.onLine?.('ours', line),
  });
  failIfBroken('Confnotes build', result, log);
  const parsed = parseAstroLog(result.lines, result.seconds);
  const reuse = result.lines.map((l) => /reused (\d+) pages from the last build, rendered (\d+)/.exec(l.text)).find((m) => m !== null);
  return {
    ...summarise(parsed.stages, dist, log, parsed.pagesIndexed, [result], join(cache, 'astro', 'data-store.json')),
    reused_pages: reuse ? Number(reuse[1]) : null,
    rendered_pages: reuse ? Number(reuse[2]) : null,
  };
}

/** The bare Astro site over the same talks, then `pagefind --site dist`. */
export async function buildBaseline(context: BuildContext, talks: readonly GeneratedTalk[]): Promise<BuildResult> {
  const site = join(context.work, 'baseline');
  prepareBaseline(site, talks, context.root);
  const dist = join(site, 'dist');
  const log = join(context.work, 'baseline-build.log');
  const astro = await runCommand(process.execPath, [binScript(context.root, 'astro'), 'build'], {
    cwd: site,
    env: ENV,
    logFile: log,
    onLine: (line) => context.onLine?.('baseline', line),
  });
  failIfBroken('Baseline build', astro, log);
  const indexLog = join(context.work, 'baseline-pagefind.log');
  const pagefind = await runCommand(process.execPath, [binScript(context.root, 'pagefind'), '--site', 'dist'], {
    cwd: site,
    env: ENV,
    logFile: indexLog,
    onLine: (line) => context.onLine?.('baseline', line),
  });
  failIfBroken('Baseline Pagefind', pagefind, indexLog);
  const parsed = parseAstroLog(astro.lines, astro.seconds);
  const indexed = pagefind.lines.map((l) => /Indexed (\d+) pages?/i.exec(l.text)).find((m) => m !== null);
  const stages = withOther({ ...parsed.stages, index: pagefind.seconds, total: astro.seconds + pagefind.seconds });
  return summarise(stages, dist, log, indexed ? Number(indexed[1]) : null, [astro, pagefind], join(site, '.cache', 'astro', 'data-store.json'));
}
