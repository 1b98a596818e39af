/**
 * node src/cli/index-site.ts PLAN: the search index of a site `astro build` has just written, as
 * its plan file says (src/search/index-plan.ts). The second half of `npm run build` (build.sh).
 */
import { readFileSync } from 'node:fs';
import type { IndexPlan } from '../search/index-plan.ts';
import { indexedMessage, indexSite } from '../search/index-site.ts';

const [planFile] = process.argv.slice(2);
const text = planFile ? readFileSync(planFile, 'utf8') : '';
if (!text) {
  console.error(`astro build said nothing of what to index${planFile ? ` in ${planFile}` : ''}: is the index and link check integration (src/integrations/index-and-link-check.ts) in its configuration?`);
  process.exit(1);
}
const plan = JSON.parse(text) as IndexPlan;
const indexed = await indexSite(plan.dist, plan.base);
// Stamped once the step is done, like Astro's own lines.
console.log(`${new Date().toTimeString().slice(0, 8)} [confnotes-index] ${indexedMessage(indexed)}`);
