import { createHash } from 'node:crypto';
import { noteRead } from './reads.ts';

/**
 * The site's data (src/site/data.ts) as pages see it: every read a page makes (a map entry, a
 * whole list, an entity lookup) is noted under a key, and `readDigest` gives, in a later build,
 * the digest of what that key reads now. Keys are JSON arrays: ["talkById", id] for one entry,
 * ["talks"] for a whole list or map, ["entities", "toolPage", id] for a call.
 *
 * Pages get everything through this object (or their props, which the cache keys separately),
 * so a page whose keys all read the same renders the same.
 */
export function trackedSite<T extends object>(site: T): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(site, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string') return value;
      if (!wrapped.has(prop)) wrapped.set(prop, wrap(prop, value));
      const view = wrapped.get(prop);
      if (view === value) noteRead(key(prop));
      return view;
    },
  });
}

const key = (...parts: unknown[]) => JSON.stringify(parts);

function wrap(prop: string, value: unknown): unknown {
  if (value instanceof Map) return trackedMap(prop, value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return trackedCalls(prop, value as Record<string, unknown>);
  return value;
}

/** A map whose `get` and `has` note one entry, and anything else (size, iteration) the whole. */
function trackedMap(prop: string, map: Map<unknown, unknown>): Map<unknown, unknown> {
  return new Proxy(map, {
    get(target, name) {
      if (name === 'get' || name === 'has') {
        return (entry: unknown) => {
          noteRead(key(prop, entry));
          return target[name](entry);
        };
      }
      noteRead(key(prop));
      const member = Reflect.get(target, name, target);
      return typeof member === 'function' ? member.bind(target) : member;
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
        noteRead(key(prop, name));
        return member;
      }
      return (...args: unknown[]) => {
        noteRead(key(prop, name, ...args));
        return member.apply(target, args);
      };
    },
  });
}

/** What a key reads in `site` now, digested: equal digests, equal reads. */
export function readDigest(site: object, readKey: string): string {
  const [prop, ...rest] = JSON.parse(readKey) as [string, ...unknown[]];
  const value = (site as Record<string, unknown>)[prop];
  let read: unknown = value;
  if (value instanceof Map && rest.length === 1) read = value.get(rest[0]);
  else if (rest.length > 0 && value && typeof value === 'object') {
    const member = (value as Record<string, unknown>)[rest[0] as string];
    read = typeof member === 'function' ? member.apply(value, rest.slice(1)) : member;
  }
  return digest(read);
}

/** sha256 of a value's JSON, maps and sets as lists (their order is part of what a page shows). */
export function digest(value: unknown): string {
  const json = JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v)) ?? 'undefined';
  return createHash('sha256').update(json).digest('base64url');
}
