import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate-content.ts';
import { loadContent, loadContentInParallel, forgetContent } from '../../src/parse/load-content.ts';

describe('compiling recaps in worker threads', () => {
  it('gives the same collections and the same problems as compiling them one by one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'confnotes-parallel-'));
    const generated = generateContent({ talks: 800, dir, seed: 5 });
    expect(generated.recaps).toBeGreaterThan(64);
    // A few problems, so that reports are compared too.
    writeFileSync(join(dir, 'recaps', 'zz-broken.md'), '---\ntitle: X\nconference: nowhere-2019\nauthors: [A]\norganisation: O\nlang: fr\npublished: 2019-06-01\n---\n\n## Talk\n- Speakrs: Ada\n');
    writeFileSync(join(dir, 'recaps', 'zz-empty.md'), '---\ntitle: Y\nconference: kubecon-eu-2019\nauthors: [A]\norganisation: O\nlang: en\npublished: 2019-06-01\n---\n\nNo talk here.\n');
    const previous = process.env.CONFNOTES_CONTENT;
    process.env.CONFNOTES_CONTENT = dir;
    try {
      const one = loadContent();
      forgetContent();
      const many = await loadContentInParallel();
      forgetContent();
      expect(many.content).toEqual(one.content);
      expect(many.report.errors).toEqual(one.report.errors);
      expect(many.report.warnings).toEqual(one.report.warnings);
      expect(one.report.errors.map((e) => e.field).sort()).toEqual(['Speakers', 'Speakrs', 'conference']);
      expect(one.content.talks.length).toBeGreaterThanOrEqual(800);
    } finally {
      if (previous === undefined) delete process.env.CONFNOTES_CONTENT;
      else process.env.CONFNOTES_CONTENT = previous;
    }
  }, 120_000);
});
