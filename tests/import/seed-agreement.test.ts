import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importContext, importPost } from '../../src/import/import-post.ts';
import { readFolderSources } from '../../src/parse/load-content.ts';
import { agreement, readAlignment, SEEDS } from '../helpers/import-agreement.ts';

// The seeds are plain-text copies of real posts; content/recaps holds the recaps written by hand from them.
const shipped = readFolderSources();
const ctx = importContext(shipped.sources, shipped.dir);
const rows = readAlignment().map((seed) => {
  const file = join(SEEDS, seed.seed);
  const recap = importPost(file, readFileSync(file, 'utf8'), ctx);
  return { seed, recap, agreement: agreement(seed, recap.talks) };
});
const total = (key: 'found' | 'withOwnSection' | 'speakersMatched' | 'namedSpeakers' | 'invented' | 'imported') =>
  rows.reduce((sum, row) => sum + row.agreement[key], 0);

describe('the importer on the seed posts, against the recaps written by hand from them', () => {
  it('finds at least 90% of the talks that have their own section in the seeds', () => {
    expect(total('found') / total('withOwnSection')).toBeGreaterThanOrEqual(0.9);
    for (const row of rows) expect(row.agreement.found / row.agreement.withOwnSection, row.seed.seed).toBeGreaterThanOrEqual(0.75);
  });

  it('gives those talks at least 90% of the speakers the seeds name', () => {
    expect(total('speakersMatched') / total('namedSpeakers')).toBeGreaterThanOrEqual(0.9);
  });

  it('invents at most 10% of the talks it imports', () => {
    expect(total('invented') / total('imported')).toBeLessThanOrEqual(0.1);
  });

  it('matches each seed to the edition and language of its hand-written recap', () => {
    for (const { seed, recap } of rows) {
      const handWritten = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'recaps', seed.recap), 'utf8');
      expect(recap.conference, seed.seed).toBe(/conference: (\S+)/.exec(handWritten)![1]);
      expect(/\nlang: (\w+)/.exec(recap.text)![1], seed.seed).toBe(/lang: (\w+)/.exec(handWritten)![1]);
    }
  });
});
