import { describe, expect, it } from 'vitest';
import { checkCncfLinks } from '../../src/parse/check-cncf-links.ts';
import { ContentReport } from '../../src/parse/content-error.ts';
import type { ProjectDraft } from '../../src/parse/parse-cncf.ts';

const project = (id: string, repository: string, homepage: string): ProjectDraft => ({
  id, name: id.toUpperCase(), maturity: 'graduated', accepted: null, incubating: null, graduated: null, archived: null,
  homepage, repository, category: 'c', subcategory: 's', history: [],
});
const tool = (id: string, value: { repository?: string; homepage: string; project?: string }) => ({
  id,
  file: `content/tools/${id}.yaml`,
  value: { name: id, aliases: [], category: 'c', description: 'd', commonWord: false, ...value },
  lineOf: (path: ReadonlyArray<string | number>) => ({ repository: 4, homepage: 3, project: 6, name: 1 })[path[0] as string] ?? 1,
});
const check = (tools: ReturnType<typeof tool>[], projects: ProjectDraft[]) => {
  const report = new ContentReport();
  checkCncfLinks(tools, projects, report);
  return report.warnings;
};

describe('the catalogue against the CNCF data', () => {
  const cilium = project('cilium', 'https://github.com/cilium/cilium', 'https://cilium.io/');

  it('accepts a tool that is its project with the same links, written differently or as the organisation', () => {
    expect(check([tool('cilium', { project: 'cilium', repository: 'http://GitHub.com/cilium/cilium/', homepage: 'https://www.cilium.io' })], [cilium])).toEqual([]);
    expect(check([tool('cilium', { project: 'cilium', repository: 'https://github.com/cilium', homepage: 'https://cilium.io/' })], [cilium])).toEqual([]);
  });

  it('reports a contradicting repository and a missing one, at the tool\'s file and line, with what the CNCF data says', () => {
    const [contradicting] = check([tool('cilium', { project: 'cilium', repository: 'https://github.com/other/cilium', homepage: 'https://cilium.io/' })], [cilium]);
    expect(contradicting).toMatchObject({ file: 'content/tools/cilium.yaml', line: 4, field: 'repository' });
    expect(contradicting.message).toBe('https://github.com/other/cilium contradicts the CNCF data for CILIUM: https://github.com/cilium/cilium');
    const [missing] = check([tool('cilium', { project: 'cilium', homepage: 'https://cilium.io/' })], [cilium]);
    expect(missing).toMatchObject({ line: 6, field: 'repository', message: 'missing; the CNCF data for CILIUM gives https://github.com/cilium/cilium' });
  });

  it('reports a tool with the links of a CNCF project that does not say it belongs to it', () => {
    const [warning] = check([tool('cilium-cli', { repository: 'https://github.com/cilium/cilium', homepage: 'https://example.org/' })], [cilium]);
    expect(warning).toMatchObject({ field: 'project', expected: 'project: cilium', message: 'missing: the tool has the repository of the CNCF project CILIUM' });
  });

  it('leaves a sub-tool its own links (Hubble is part of Cilium, with another repository)', () => {
    expect(check([tool('hubble', { project: 'cilium', repository: 'https://github.com/cilium/hubble', homepage: 'https://github.com/cilium/hubble' })], [cilium])).toEqual([]);
  });
});
