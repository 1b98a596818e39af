import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatIssue, type ContentIssue } from '../../src/parse/content-error.ts';
import { brokenCases, materialiseFixture, parseFixture } from '../helpers/fixtures.ts';

/** The one error a broken fixture must produce, as file, line, field and words of the message. */
const expectations: Record<string, Omit<Partial<ContentIssue>, 'message' | 'hint'> & { message: RegExp; hint?: string }> = {
  'invalid-yaml': { file: 'content/tools/kubernetes.yaml', line: 3, field: 'YAML', message: /./ },
  'unknown-language': { file: 'content/recaps/kubecon-2019.md', line: 6, field: 'lang', message: /"klingon" is not valid/, hint: 'did you mean tlh (Klingon)?' },
  'invalid-frontmatter': { file: 'content/recaps/kubecon-2019.md', line: 4, field: 'YAML', message: /./ },
  'missing-field': { file: 'content/recaps/kubecon-2019.md', line: 2, field: 'authors', message: /is missing/ },
  'wrong-type': { file: 'content/tools/kind.yaml', line: 5, field: 'commonWord', message: /"maybe" is a string/ },
  'unknown-conference': {
    file: 'content/recaps/kubecon-2019.md',
    line: 3,
    field: 'conference',
    message: /unknown conference "kubecon-eu-2091"/,
    hint: 'did you mean kubecon-eu-2019?',
  },
  'unknown-tool': { file: 'content/recaps/kubecon-2019.md', line: 12, field: 'Tools', message: /unknown tool "Argo CDD"/, hint: 'did you mean argo cd?' },
  'unknown-project': { file: 'content/tools/hubble.yaml', line: 5, field: 'project', message: /unknown CNCF project "cilum"/, hint: 'did you mean cilium?' },
  'unknown-speaker': { file: 'content/speakers/kelsey-hightower.yaml', line: 1, field: 'name', message: /no talk has a speaker named "Kelsey Hightower"/ },
  'duplicate-ids': { file: 'content/conferences.yaml', line: 23, field: 'editions[2].id', message: /id "kubecon-eu-2019" is used twice/ },
  'duplicate-tool-names': { file: 'content/tools/argo-cd.yaml', line: 2, field: 'aliases', message: /"ArgoCD" already names the tool argo-cd-copy/ },
  'unknown-metadata-key': { file: 'content/recaps/kubecon-2019.md', line: 12, field: 'Speakrs', message: /unknown metadata key "Speakrs"/, hint: 'did you mean speakers?' },
  'no-speakers': { file: 'content/recaps/kubecon-2019.md', line: 10, field: 'Speakers', message: /has neither speakers nor company/ },
  'bad-date': { file: 'content/recaps/kubecon-2019.md', line: 7, field: 'published', message: /"2019-13-45" is not valid/ },
  'bad-url': { file: 'content/recaps/kubecon-2019.md', line: 12, field: 'Video', message: /"youtube.com\/watch\?v=xyz" is not a URL/ },
  'quote-in-video': {
    file: 'content/recaps/kubecon-2019.md',
    line: 12,
    field: 'Video',
    message: /"https:\/\/www\.youtube\.com\/watch\?v=abcdefgh"><script>.*" is not a URL: it holds a raw quote/,
    hint: 'end the address where it ends, or percent-encode the character (%22 for ", %20 for a space, %3C for <)',
  },
  'quote-in-homepage': {
    file: 'content/tools/kind.yaml',
    line: 3,
    field: 'homepage',
    message: /"https:\/\/kind\.sigs\.k8s\.io\/"><script>alert\(1\)<\/script>" is not valid/,
    hint: 'end the address where it ends, or percent-encode the character (%22 for ", %20 for a space, %3C for <)',
  },
  'markup-in-speaker': {
    file: 'content/recaps/kubecon-2019.md',
    line: 11,
    field: 'Speakers',
    message: /"Mallory <svg onload=alert\('speaker'\)>.*Corp\)" holds markup/,
    hint: 'names are text: remove the markup (a name may not hold an HTML tag)',
  },
  'markup-in-tool-name': {
    file: 'content/tools/kubectl.yaml',
    line: 1,
    field: 'name',
    message: /"kubectl <img src=x onerror=alert\(1\)>" is not valid/,
    hint: 'names are text: remove the markup (a name may not hold an HTML tag)',
  },
  'year-mismatch': { file: 'content/recaps/kubecon-2019.md', line: 7, field: 'published', message: /before kubecon-eu-2019 began/ },
  'edition-year-mismatch': { file: 'content/conferences.yaml', line: 11, field: 'editions[0].year', message: /year 2020 disagrees with the start date 2019-05-20/ },
};

describe('bad content never passes silently', () => {
  it('has an expectation for every broken fixture', () => {
    expect(Object.keys(expectations).sort()).toEqual(brokenCases().filter((c) => c !== 'many-errors'));
  });

  for (const [brokenCase, expected] of Object.entries(expectations)) {
    it(`${brokenCase}: names the file, line, field, what was expected${expected.hint ? ' and a hint' : ''}`, () => {
      const { report } = parseFixture(brokenCase);
      const { message, hint, ...where } = expected;
      const match = report.errors.find((e) => e.file === where.file && e.field === where.field && message.test(e.message));
      expect(match, `errors were:\n${report.errors.map(formatIssue).join('\n')}`).toBeDefined();
      expect(match).toMatchObject(where);
      expect(match!.expected.length).toBeGreaterThan(5);
      if (hint) expect(match!.hint).toEqual(hint);
    });
  }

  it('reports every error of a file in one run, not only the first', () => {
    const { report } = parseFixture('many-errors');
    const fields = report.errors.map((e) => `${e.line}:${e.field}`).sort();
    expect(fields).toEqual(['14:Video', '3:conference', '6:lang', '11:Speakrs', '10:Speakers'].sort());
  });

  it('warns about a recap that describes no talk', () => {
    const { report } = parseFixture(undefined, {
      'recaps/empty.md': '---\ntitle: Vide\nconference: kcd-france-2023\nauthors: [A]\norganisation: B\nlang: fr\npublished: 2023-03-08\n---\n\nRien.\n',
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toMatchObject([{ file: 'content/recaps/empty.md', field: 'talks', message: 'this recap describes no talk' }]);
  });

  it('the valid fixture has no error and no warning', () => {
    const { report } = parseFixture();
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

describe('npm run check', () => {
  const check = (contentDir?: string) =>
    spawnSync(process.execPath, ['src/cli/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ...(contentDir ? { CONFNOTES_CONTENT: contentDir } : {}) },
    });

  it.each(brokenCases())('fails with a located message on the broken fixture %s', (brokenCase) => {
    const result = check(materialiseFixture(brokenCase));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error {2}\S+\.(ya?ml|md|json):\d+ {2}\S+: .+\n {4}expected: .+/m);
  });

  it('passes on the shipped content and ends with the counts', () => {
    const result = check();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^3 conferences, 5 recaps, \d+ talks, \d+ speakers, \d+ tools, \d+ projects \(0 errors/m);
  });
});
