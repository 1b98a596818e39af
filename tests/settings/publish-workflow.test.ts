import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; environment?: { name: string }; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
};
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the GitHub Pages workflow', () => {
  it('runs on a push to main and may write to Pages', () => {
    expect(workflow.on).toHaveProperty('push');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('installs from the lock, checks the content, builds, and uploads dist/', () => {
    const steps = workflow.jobs.build.steps;
    const runs = steps.filter((s) => s.run).map((s) => s.run);
    expect(runs).toEqual(['npm ci', 'npm run check', 'npm run build']);
    for (const run of runs.slice(1)) expect(scripts).toHaveProperty(run!.replace('npm run ', ''));
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(Number(node?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(steps.findIndex((s) => s.run === 'npm run build')).toBeLessThan(steps.indexOf(upload!));
  });

  it('deploys what the build uploaded', () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
