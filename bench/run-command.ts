/**
 * Runs one build step as a child process and measures it: wall time, each output line with the
 * moment it arrived (Astro logs only whole seconds), and peak memory, both the sum over the
 * process tree (sampled from /proc) and the largest single process (GNU time, when installed).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sampleTreeRss } from './process-tree.ts';

export interface TimedLine {
  /** Seconds since the command started. */
  at: number;
  text: string;
}

export interface CommandResult {
  exitCode: number;
  seconds: number;
  lines: TimedLine[];
  /** Peak resident memory of the whole process tree, MB (sampled every 100 ms). */
  peakTreeRssMb: number;
  /** Peak resident memory of the largest single process, MB (GNU time), if measured. */
  peakProcessRssMb?: number;
  /** How the command ended when it did not exit normally ("terminated by signal 9"), from GNU time. */
  abnormalEnd?: string;
}

export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Every output line is also written here, for a look after the run. */
  logFile?: string;
  /** Called with each line as it arrives (progress on the terminal). */
  onLine?: (line: TimedLine) => void;
}

const GNU_TIME = '/usr/bin/time';
const MB = 1024 * 1024;
// Astro colours its log when it thinks it may: strip the escapes before anyone parses lines.
const ANSI = /\x1b\[[0-9;]*m/g;

export async function runCommand(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
  const timeFile = join(tmpdir(), `confnotes-bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreeRss(child.pid!);
  const lines: TimedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw) => {
      const line = { at: (performance.now() - started) / 1000, text: raw.replace(ANSI, '') };
      lines.push(line);
      options.onLine?.(line);
    });
  collect(child.stdout);
  collect(child.stderr);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const seconds = (performance.now() - started) / 1000;
  const peakTreeRssMb = sampler.stop() / MB;
  if (options.logFile) writeFileSync(options.logFile, lines.map((l) => `${l.at.toFixed(3)}  ${l.text}`).join('\n'));
  let peakProcessRssMb: number | undefined;
  let abnormalEnd: string | undefined;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    if (match) peakProcessRssMb = Number(match[1]) / 1024;
    abnormalEnd = /Command terminated by signal \d+/.exec(report)?.[0];
    rmSync(timeFile, { force: true });
  }
  // Sampling can miss a short spike that GNU time saw in one process: the tree peak is at least that.
  return { exitCode, seconds, lines, peakTreeRssMb: Math.max(peakTreeRssMb, peakProcessRssMb ?? 0), peakProcessRssMb, abnormalEnd };
}
