import { describe, expect, it } from 'vitest';
import { collectReads, unnoted } from '../../src/cache/reads.ts';
import { digest, readDigest, trackedSite } from '../../src/cache/tracked-site.ts';

const data = () => {
  const talkById = new Map([['a', { id: 'a', title: 'A', tools: ['argo'] }], ['b', { id: 'b', title: 'B', tools: [] as string[] }]]);
  const rank = new Map([['a', 0], ['b', 1]]);
  return {
    talks: [...talkById.values()],
    talkById,
    rank,
    talksOf: (ids: string[]) => ids.map((id) => talkById.get(id)!).sort((x, y) => rank.get(x.id)! - rank.get(y.id)!),
    entities: { toolPage: (id: string) => (id === 'argo' ? '/tools/argo/' : undefined), toolsWithPages: ['argo'] },
  };
};

describe('what a page reads of the site data', () => {
  it('is noted by key: one field of a map entry, a whole list, an entity call and an entity list', async () => {
    const site = trackedSite(data());
    const { reads } = await collectReads(async () => {
      site.talkById.get('a')!.title;
      site.talks.length;
      site.entities.toolPage('argo');
      site.entities.toolsWithPages.length;
    });
    expect([...reads].sort()).toEqual(['["entities","toolPage","argo"]', '["entities","toolsWithPages"]', '["talkById","a","title"]', '["talks"]'].sort());
  });

  it('counts a spread or serialised entry as reading all of it', async () => {
    const site = trackedSite(data());
    const { reads } = await collectReads(async () => JSON.stringify({ ...site.talkById.get('b') }));
    expect([...reads]).toContain('["talkById","b"]');
  });

  it('notes a derived read by its call, not by what it reads inside', async () => {
    const site = trackedSite(data());
    const { result, reads } = await collectReads(async () => site.talksOf(['b', 'a']).map((t) => t.id));
    expect(result).toEqual(['a', 'b']);
    expect([...reads]).toEqual(['["talksOf",["b","a"]]']);
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
      collectReads(async () => { await tick(); site.talkById.get('a')!.title; await tick(); }),
      collectReads(async () => { site.talkById.get('b')!.title; await tick(); await tick(); }),
    ]);
    expect([...one.reads]).toEqual(['["talkById","a","title"]']);
    expect([...two.reads]).toEqual(['["talkById","b","title"]']);
  });

  it('digests to the same value for the same data, and to another when what the key reads changed', () => {
    const before = data();
    const after = data();
    after.talkById.set('b', { id: 'b', title: 'B, renamed', tools: [] });
    const key = '["talkById","b"]';
    expect(readDigest(before, '["talkById","a"]')).toBe(readDigest(after, '["talkById","a"]'));
    expect(readDigest(before, key)).not.toBe(readDigest(after, key));
    expect(readDigest(before, '["talkById","b","title"]')).not.toBe(readDigest(after, '["talkById","b","title"]'));
    expect(readDigest(before, '["talkById","b","tools"]')).toBe(readDigest(after, '["talkById","b","tools"]'));
    // A derived read changes with its result only: here the order of two talks.
    after.rank.set('a', 2);
    expect(readDigest(before, '["talksOf",["a","b"]]')).not.toBe(readDigest(after, '["talksOf",["a","b"]]'));
    expect(readDigest(before, '["entities","toolPage","argo"]')).toBe(readDigest(after, '["entities","toolPage","argo"]'));
    expect(readDigest(before, '["talkById"]')).not.toBe(readDigest(after, '["talkById"]'));
  });

  it('digests equal values alike, whichever objects hold them, and tells apart what differs anywhere inside', () => {
    const talk = () => ({ id: 'a', title: 'A', tools: ['argo'], video: { url: 'https://youtu.be/x' } });
    const shared = talk();
    // The same talk in two lists (a speaker's page and an edition's) and a copy of it digest the same.
    expect(digest([shared, shared])).toBe(digest([talk(), talk()]));
    expect(digest(new Map([['a', shared]]))).toBe(digest(new Map([['a', talk()]])));
    // A change deep inside, a field renamed, a string for a list, a list for a record: another digest.
    expect(digest([{ ...talk(), video: { url: 'https://youtu.be/y' } }])).not.toBe(digest([talk()]));
    expect(digest({ title: 'A' })).not.toBe(digest({ name: 'A' }));
    expect(digest(['argo'])).not.toBe(digest('argo'));
    expect(digest(['a'])).not.toBe(digest({ 0: 'a' }));
    expect(digest([['a', 1]])).not.toBe(digest(new Map([['a', 1]])));
    expect(digest(undefined)).not.toBe(digest(null));
  });
});
