/**
 * A small seeded random source (mulberry32) and the draws the generator needs. Everything the
 * generator writes comes from one Random, so a seed always gives the same files.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** A key of `weights`, each drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let left = this.next() * total;
    for (const [key, weight] of entries) {
      left -= weight;
      if (left < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** A copy of `items` in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/**
 * Draws ranks of a list with probability proportional to 1 / rank^exponent: a few items
 * very often, a long tail rarely (tool mentions, companies, words).
 */
export class Zipf<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[];

  constructor(items: readonly T[], exponent = 1) {
    if (items.length === 0) throw new Error('Zipf over an empty list');
    this.items = items;
    let sum = 0;
    this.cumulative = items.map((_, rank) => (sum += 1 / (rank + 1) ** exponent));
  }

  draw(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] <= target) low = mid + 1;
      else high = mid;
    }
    return this.items[low];
  }

  /** `count` distinct items (fewer if the list is shorter). */
  drawDistinct(random: Random, count: number): T[] {
    const found = new Set<T>();
    const wanted = Math.min(count, this.items.length);
    for (let tries = 0; found.size < wanted && tries < wanted * 50; tries++) found.add(this.draw(random));
    return [...found];
  }
}
