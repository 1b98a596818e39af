/**
 * npm run build [-- astro build's options]: `astro build` in a process of its own, then the search
 * index over the site it wrote, in this one once Astro's has exited. Each peaks alone: at 10,000
 * talks, Astro's process and Pagefind's writing each stay under 1.5 GB, where the two together
 * reached 2.8 GB. Nothing is imported before Astro exits: this process stays small beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { INDEX_PLAN_ENV, type IndexPlan } from '../search/index-plan.ts';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const folder = mkdtempSync(join(tmpdir(), 'confnotes-build-'));
const planFile = join(folder, 'index-plan.json');
try {
  const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      // Vite's bundler and Astro's compiler allocate with mimalloc, which by default keeps what
      // they free until those threads allocate again, and they do not: 250 MB held through the
      // whole render at 10,000 talks. 0 gives it back at once.
      MIMALLOC_PURGE_DELAY: '0',
      ...process.env,
      [INDEX_PLAN_ENV]: planFile,
    },
  });
  if (build.status !== 0) {
    process.exitCode = build.status ?? 1;
  } else {
    if (!existsSync(planFile)) throw new Error(`astro build said nothing of what to index: is the index and link check integration (src/integrations/index-and-link-check.ts) in its configuration?`);
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as IndexPlan;
    const { indexSite } = await import('../search/index-site.ts');
    const indexed = await indexSite(plan.dist, plan.base);
    console.log(`${new Date().toTimeString().slice(0, 8)} [confnotes-index] indexed ${indexed.pages} pages in ${indexed.seconds.toFixed(1)} s`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
