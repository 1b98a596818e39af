import { createHash } from 'node:crypto';
import { noteRead, noting, unnoted } from './reads.ts';

/**
 * The site's data (src/site/data.ts) as pages see it: every read a page makes is noted under a
 * key, and `readDigest` gives, in a later build, the digest of what that key reads now. Keys are
 * JSON arrays, as fine as the read: ["speakerById", id, "name"] for one field of one entry (a
 * list that names a speaker does not change when the speaker gives another talk),
 * ["speakerById", id] for an entry looked up or taken whole, ["talks"] for a whole list or map,
 * ["entities", "toolPage", id] or ["talksOf", ids] for a call, which notes its own key and not
 * what it reads inside (the order of a list of talks, not their ranks in the whole site).
 *
 * Pages get everything through this object (or their props, which the cache keys separately),
 * so a page whose keys all read the same renders the same.
 */
export function trackedSite<T extends object>(site: T): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(site, {
    get(target, prop, receiver) {
      if (prop === RAW) return target;
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string') return value;
      if (!wrapped.has(prop)) wrapped.set(prop, wrap(prop, value, target));
      const view = wrapped.get(prop);
      if (view === value) note(prop);
      return view;
    },
  });
}

const RAW = Symbol('untracked site');

/** The data under a tracked site, read without noting anything (what the page cache digests). */
export const untracked = <T extends object>(site: T): T => ((site as { [RAW]?: T })[RAW] ?? site);

/** A read's key. Parts that are objects (an entity call's argument) are serialised without noting their fields. */
const key = (...parts: unknown[]) => (parts.every((part) => typeof part !== 'object' || part === null) ? JSON.stringify(parts) : unnoted(() => JSON.stringify(parts)));

/** Notes a read, making its key only while a render is noting. */
const note = (...parts: unknown[]) => {
  if (noting()) noteRead(key(...parts));
};

function wrap(prop: string, value: unknown, owner: object): unknown {
  if (value instanceof Map) return trackedMap(prop, value);
  if (typeof value === 'function') return trackedCall([prop], value as (...args: unknown[]) => unknown, owner);
  if (value && typeof value === 'object' && !Array.isArray(value)) return trackedCalls(prop, value as Record<string, unknown>);
  return value;
}

/** A call notes its own key (the function and its arguments) and runs without noting what it reads. */
function trackedCall(path: string[], fn: (...args: unknown[]) => unknown, owner: object) {
  return (...args: unknown[]) => {
    note(...path, ...args);
    return unnoted(() => fn.apply(owner, args));
  };
}

/**
 * A map whose `get` gives its entry with each field read noted, `has` notes the entry, and
 * anything else (size, iteration) the whole map.
 */
function trackedMap(prop: string, map: Map<unknown, unknown>): Map<unknown, unknown> {
  const records = new WeakMap<object, object>();
  return new Proxy(map, {
    get(target, name) {
      if (name === 'get') {
        return (entry: unknown) => {
          const value = target.get(entry);
          if (!isRecord(value)) {
            note(prop, entry);
            return value;
          }
          let view = records.get(value);
          if (!view) records.set(value, (view = trackedRecord(prop, entry, value)));
          return view;
        };
      }
      if (name === 'has') {
        return (entry: unknown) => {
          note(prop, entry);
          return target.has(entry);
        };
      }
      note(prop);
      const member = Reflect.get(target, name, target);
      return typeof member === 'function' ? member.bind(target) : member;
    },
  });
}

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && !(value instanceof Set);

/** One entry of a map: each field read is noted; listing its fields (a spread, JSON) notes the whole entry. */
function trackedRecord(prop: string, entry: unknown, record: object): object {
  return new Proxy(record, {
    get(target, field, receiver) {
      if (typeof field === 'string') note(prop, entry, field);
      return Reflect.get(target, field, receiver);
    },
    ownKeys(target) {
      note(prop, entry);
      return Reflect.ownKeys(target);
    },
    has(target, field) {
      note(prop, entry);
      return Reflect.has(target, field);
    },
  });
}

/** An object of functions and lists (the entities): a call notes its arguments, a list the whole. */
function trackedCalls(prop: string, object: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(object, {
    get(target, name) {
      const member = Reflect.get(target, name);
      if (typeof name !== 'string') return member;
      if (typeof member !== 'function') {
        note(prop, name);
        return member;
      }
      return trackedCall([prop, name], member as (...args: unknown[]) => unknown, target);
    },
  });
}

/** What a key reads in `site` now, digested: equal digests, equal reads. */
export function readDigest(site: object, readKey: string): string {
  const [prop, ...rest] = JSON.parse(readKey) as [string, ...unknown[]];
  const data = untracked(site);
  const value = (data as Record<string, unknown>)[prop];
  let read: unknown = value;
  if (value instanceof Map) {
    if (rest.length >= 1) read = value.get(rest[0]);
    if (rest.length === 2) read = isRecord(read) ? (read as Record<string, unknown>)[rest[1] as string] : undefined;
  } else if (typeof value === 'function') read = value.apply(data, rest);
  else if (rest.length > 0 && value && typeof value === 'object') {
    const member = (value as Record<string, unknown>)[rest[0] as string];
    read = typeof member === 'function' ? member.apply(value, rest.slice(1)) : member;
  }
  return digest(read);
}

/**
 * sha256 of a value: equal digests, equal values. Objects (a talk, a list of talks, a map of the
 * site) are digested from the digests of what they hold, each object once per build (a talk
 * is in hundreds of reads: its page's, its speakers', its edition's lists...; stringifying it
 * for each took 9 s of a 10,000-talk rebuild). The site's data is not changed once loaded, so
 * an object's digest holds for the whole build. A map or a set is its entries, in order.
 */
export function digest(value: unknown): string {
  return typeof value === 'object' && value !== null ? objectDigest(value) : hash(part(value));
}

const digests = new WeakMap<object, string>();
const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/** What a value adds to its holder's digest, saying what it is: an object by its digest (o), anything else by its JSON (v). */
const part = (item: unknown): string => (typeof item === 'object' && item !== null ? `o${objectDigest(item)}` : `v${JSON.stringify(item) ?? 'undefined'}`);

function objectDigest(value: object): string {
  let known = digests.get(value);
  if (known !== undefined) return known;
  const body =
    value instanceof Map || value instanceof Set
      ? `m[${[...value].map(part).join(',')}]`
      : Array.isArray(value)
        ? `a[${value.map(part).join(',')}]`
        : `r{${Object.entries(value).map(([field, item]) => `${JSON.stringify(field)}:${part(item)}`).join(',')}}`;
  digests.set(value, (known = hash(body)));
  return known;
}
