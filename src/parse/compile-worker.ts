// A worker thread of compile-in-workers.ts: compiles its share of the recaps.
import { parentPort, workerData } from 'node:worker_threads';
import { compileFiles } from './compile-recap.ts';

const { files, tools, base } = workerData as { files: Parameters<typeof compileFiles>[0]; tools: Parameters<typeof compileFiles>[1]; base: string };
parentPort!.postMessage(compileFiles(files, tools, base));
