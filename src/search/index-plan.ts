/**
 * How `astro build` tells `npm run build` what to index once its process has exited: the build
 * writes the plan to the file this variable names (src/integrations/index-and-link-check.ts).
 * src/cli/build.sh, a shell script, sets it by this same name; the page cache's fingerprint
 * ignores it (a new file each build).
 */
export const INDEX_PLAN_ENV = 'CONFNOTES_INDEX_PLAN';

export interface IndexPlan {
  /** The folder the site was written to. */
  dist: string;
  /** The base path its pages are served under. */
  base: string;
}
