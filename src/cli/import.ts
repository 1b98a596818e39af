/**
 * npm run import -- PATH... [--conference EDITION-ID] [--out DIR] [--dry-run] [--force] [--json]
 * Turns blog posts (Markdown, saved HTML pages, plain text) into recaps of the content folder.
 * A file that cannot be imported is named on stderr, the others are still imported, exit 1.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readFolderSources } from '../parse/load-content.ts';
import { importContext, importPost, type ImportedRecap } from '../import/import-post.ts';
import { IMPORTABLE } from '../import/read-post.ts';
import { jsonReport, textReport, type ImportError } from '../import/report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    conference: { type: 'string' },
    out: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

/** The files to import: each path, and every importable file under a folder, recursively, in order. */
function filesOf(paths: string[]): { files: string[]; errors: ImportError[] } {
  const files: string[] = [];
  const errors: ImportError[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (statSync(child).isDirectory() || IMPORTABLE.test(name)) walk(child);
      }
    } else files.push(path);
  };
  for (const path of paths) {
    if (!existsSync(path)) errors.push({ source: path, message: 'no such file or folder' });
    else walk(path);
  }
  return { files, errors };
}

if (positionals.length === 0) {
  console.error('usage: npm run import -- PATH... [--conference EDITION-ID] [--out DIR] [--dry-run] [--force] [--json]');
  process.exit(1);
}

const root = process.cwd();
const folder = readFolderSources(root);
let ctx = importContext(folder.sources, folder.dir);
const outDir = resolve(values.out ?? join(contentDir(root), 'recaps'));
const conferencesPath = join(contentDir(root), 'conferences.yaml');
const { files, errors } = filesOf(positionals);
const done: (ImportedRecap & { file: string })[] = [];

for (const source of files) {
  try {
    const recap = importPost(source, readFileSync(source, 'utf8'), ctx, { conference: values.conference, takenIds: new Set(done.map((d) => d.id)) });
    const target = join(outDir, `${recap.id}.md`);
    const file = relative(root, target).startsWith('..') ? target : relative(root, target);
    if (existsSync(target) && !values.force) throw new Error(`${file} already exists: nothing written (use --force to overwrite it)`);
    if (!values['dry-run']) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(target, recap.text);
      if (recap.conferences) writeFileSync(conferencesPath, recap.conferences);
    }
    // The next files see this recap and its edition, as the check will.
    const sources = new Map(ctx.sources).set(recap.checkedAs, recap.text);
    if (recap.conferences) sources.set(`${ctx.dir}/conferences.yaml`, recap.conferences);
    ctx = importContext(sources, ctx.dir);
    done.push({ ...recap, file });
    if (!values.json) console.log(`${textReport({ ...recap, file }, !values['dry-run'])}\n`);
  } catch (error) {
    errors.push({ source, message: (error as Error).message });
  }
}

if (values.json) console.log(jsonReport(done, errors));
for (const error of errors) console.error(`error  ${error.source}: ${error.message}`);
if (!values.json) console.log(`${done.length} recap${done.length === 1 ? '' : 's'} imported, ${errors.length} error${errors.length === 1 ? '' : 's'}${values['dry-run'] ? ' (dry run: nothing written)' : ''}`);
process.exitCode = errors.length ? 1 : 0;
