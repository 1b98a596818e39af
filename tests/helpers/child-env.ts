/**
 * The environment for an Astro process started by a test: the test's own, less what vitest
 * puts there: its import.meta.env (BASE_URL, MODE, DEV, PROD, SSR), which Astro would read as
 * the site's (a BASE_URL of / overrode site.yaml's base), NODE_ENV=test and its VITEST* flags,
 * under which `astro dev` serves no page.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/.test(key)) delete env[key];
  return { ...env, ...extra };
}
