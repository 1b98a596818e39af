/**
 * Where a profiled build spent its CPU: the .cpuprofile files `node --cpu-prof` wrote, reduced
 * to self time per source (a file of src/, a package of node_modules, Node itself) and per
 * function. Enough to see which stage to look at first; open the file in a profiler for more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  files: string[];
  totalMs: number;
  bySource: Hotspot[];
  byFunction: Hotspot[];
}

/** "src/parse/assemble.ts", "node_modules/astro", "(node)", "(idle)"... */
function sourceOf(url: string, root: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return `node_modules/${inModules[1]}`;
  if (path.startsWith('node:')) return '(node)';
  // The site's pages and components, as Vite bundled them for this build: "(pages) jsx-runtime".
  const bundled = /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:[_.][\w-]{8})?\.mjs$/.exec(path);
  if (bundled) return `(pages) ${bundled[1]}`;
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

function top(map: Map<string, number>, total: number, count: number): Hotspot[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, micros]) => ({ where, ms: micros / 1000, share: micros / total }));
}

export function summariseProfiles(dir: string, root: string, count = 15): ProfileSummary {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(dir, name));
  const bySource = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    // Native code and Node's own modules (fs calls, string writes) are charged to the nearest
    // caller in the build's code or its packages: that is what asked for them.
    const isOwnCode = (url: string) => url !== '' && !url.startsWith('node:');
    const caller = (id: number): ProfileNode | undefined => {
      for (let at = parents.get(id); at !== undefined; at = parents.get(at)) if (isOwnCode(nodes.get(at)?.callFrame.url ?? '')) return nodes.get(at);
      return undefined;
    };
    profile.samples.forEach((id, i) => {
      const micros = profile.timeDeltas[i] ?? 0;
      const frame = nodes.get(id)?.callFrame;
      if (!frame) return;
      const special = /^\((idle|program|garbage collector)\)$/.test(frame.functionName) ? frame.functionName : undefined;
      const owner = isOwnCode(frame.url) || special ? frame : (caller(id)?.callFrame ?? frame);
      const source = special ?? sourceOf(owner.url, root);
      bySource.set(source, (bySource.get(source) ?? 0) + micros);
      const via = owner === frame ? '' : ` in ${owner.functionName || '(anonymous)'}`;
      const name = special ?? `${frame.functionName || '(anonymous)'}${via} ${source}:${owner.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
      total += micros;
    });
  }
  return { files, totalMs: total / 1000, bySource: top(bySource, total, count), byFunction: top(byFunction, total, count) };
}

export function profileTable(summary: ProfileSummary, title: string): string {
  const rows = (spots: Hotspot[]) => spots.map((s) => `| ${s.where.replace(/\|/g, '\\|')} | ${(s.ms / 1000).toFixed(1)} | ${(s.share * 100).toFixed(1)} % |`);
  return [
    `${title}: ${(summary.totalMs / 1000).toFixed(1)} s of CPU samples in ${summary.files.length} profile(s) (profiling slows the build: timings above are inflated)`,
    '',
    '| self time by source | s | share |',
    '|---|---:|---:|',
    ...rows(summary.bySource),
    '',
    '| self time by function | s | share |',
    '|---|---:|---:|',
    ...rows(summary.byFunction),
    '',
  ].join('\n');
}
