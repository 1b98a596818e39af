import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileFiles, type CompileResult } from './compile-recap.ts';
import type { MatchableTool } from './tool-matcher.ts';

/** Below this many recaps, starting threads costs more than it saves. */
const MIN_FOR_WORKERS = 64;
const WORKER = new URL('./compile-worker.ts', import.meta.url);

/** Contiguous shares of about equal text, so results come back in file order. */
function shares<T extends { text: string }>(files: readonly T[], count: number): T[][] {
  const total = files.reduce((n, f) => n + f.text.length, 0);
  const result: T[][] = [[]];
  let size = 0;
  for (const file of files) {
    if (size >= (total / count) * result.length && result.length < count) result.push([]);
    result[result.length - 1].push(file);
    size += file.text.length;
  }
  return result.filter((share) => share.length > 0);
}

/**
 * Compiles recaps in worker threads, one share per core, in file order. Falls back to this
 * thread for a small folder, or where the worker's source cannot be found (a bundled build).
 */
export async function compileInWorkers(files: readonly { file: string; text: string }[], tools: MatchableTool[], base: string): Promise<CompileResult[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < MIN_FOR_WORKERS || threads < 2 || WORKER.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER))) {
    return compileFiles(files, tools, base);
  }
  const results = await Promise.all(
    shares(files, threads).map(
      (share) =>
        new Promise<CompileResult[]>((resolve, reject) => {
          const worker = new Worker(WORKER, { workerData: { files: share, tools, base } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a recap compiler thread stopped with code ${code}`)));
        }),
    ),
  );
  return results.flat();
}
