// A worker thread of compile-in-workers.ts: compiles its share of the recaps and sends back,
// for each, the compiled recap and the problems found in it.
import { parentPort, workerData } from 'node:worker_threads';
import { ContentReport } from './content-error.ts';
import { compileRecap } from './compile-recap.ts';
import { ToolMatcher, type MatchableTool } from './tool-matcher.ts';

const { files, tools } = workerData as { files: { file: string; text: string }[]; tools: MatchableTool[] };
const matcher = new ToolMatcher(tools);
parentPort!.postMessage(
  files.map(({ file, text }) => {
    const report = new ContentReport();
    const recap = compileRecap(file, text, matcher, report);
    return { recap, errors: report.errors, warnings: report.warnings };
  }),
);
