import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/**
 * The environment for an Astro process started by a test: the test's own, less what vitest
 * puts there: its import.meta.env (BASE_URL, MODE, DEV, PROD, SSR), which Astro would read as
 * the site's (a BASE_URL of / overrode site.yaml's base), NODE_ENV=test and its VITEST* flags,
 * under which `astro dev` serves no page. Its PATH finds this Node first: `npm run build`'s
 * script (src/cli/build.sh) runs `node`. Its logs are plain text (NO_COLOR): Astro's logger colours them
 * whenever CI is set, and tests read them.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/.test(key)) delete env[key];
  // Builds keep their cache (src/cache/) under the system's temp folder, one per content and output folder, not in the checkout.
  env.PATH = [dirname(process.execPath), env.PATH].filter(Boolean).join(delimiter);
  return { CONFNOTES_CACHE: join(tmpdir(), 'confnotes-test-cache'), ...env, NO_COLOR: '1', ...extra };
}
