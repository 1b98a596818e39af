import { describe, expect, it } from 'vitest';
import { collectReads, unnoted } from '../../src/cache/reads.ts';
import { readDigest, trackedSite } from '../../src/cache/tracked-site.ts';

const data = () => ({
  talks: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }],
  talkById: new Map([['a', { id: 'a', title: 'A' }], ['b', { id: 'b', title: 'B' }]]),
  entities: { toolPage: (id: string) => (id === 'argo' ? '/tools/argo/' : undefined), toolsWithPages: ['argo'] },
});

describe('what a page reads of the site data', () => {
  it('is noted by key: one map entry, a whole list, an entity call and an entity list', async () => {
    const site = trackedSite(data());
    const { reads } = await collectReads(async () => {
      site.talkById.get('a');
      site.talks.length;
      site.entities.toolPage('argo');
      site.entities.toolsWithPages.length;
    });
    expect([...reads].sort()).toEqual(['["entities","toolPage","argo"]', '["entities","toolsWithPages"]', '["talkById","a"]', '["talks"]'].sort());
  });

  it('counts iterating a map as reading all of it', async () => {
    const site = trackedSite(data());
    const { reads } = await collectReads(async () => [...site.talkById.values()]);
    expect([...reads]).toEqual(['["talkById"]']);
  });

  it('is not noted outside a render, nor inside an unnoted computation', async () => {
    const site = trackedSite(data());
    site.talkById.get('a');
    const { reads } = await collectReads(async () => unnoted(() => site.talks.length));
    expect(reads.size).toBe(0);
  });

  it('is kept apart for pages rendering at the same time', async () => {
    const site = trackedSite(data());
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    const [one, two] = await Promise.all([
      collectReads(async () => { await tick(); site.talkById.get('a'); await tick(); }),
      collectReads(async () => { site.talkById.get('b'); await tick(); await tick(); }),
    ]);
    expect([...one.reads]).toEqual(['["talkById","a"]']);
    expect([...two.reads]).toEqual(['["talkById","b"]']);
  });

  it('digests to the same value for the same data, and to another when what the key reads changed', () => {
    const before = data();
    const after = data();
    after.talkById.set('b', { id: 'b', title: 'B, renamed' });
    const key = '["talkById","b"]';
    expect(readDigest(before, '["talkById","a"]')).toBe(readDigest(after, '["talkById","a"]'));
    expect(readDigest(before, key)).not.toBe(readDigest(after, key));
    expect(readDigest(before, '["entities","toolPage","argo"]')).toBe(readDigest(after, '["entities","toolPage","argo"]'));
    expect(readDigest(before, '["talkById"]')).not.toBe(readDigest(after, '["talkById"]'));
  });
});
