/** A small seeded generator (mulberry32), so every run of a bench builds the same data. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of the keys, with the given relative weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A normally distributed number (Box-Muller). */
  normal(mean?: number, deviation?: number): number;
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
    normal: (mean = 0, deviation = 1) =>
      mean + deviation * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    chance: (probability) => next() < probability,
  };
  return random;
}

/**
 * A UUID that is the same on every run: the kind and a counter, with a hash of both in front so
 * the ids do not sort in insertion order (as gen_random_uuid's do not). Version 4, RFC variant.
 */
export function stableId(kind: number, counter: number): string {
  const hex = (value: number, length: number) => value.toString(16).padStart(length, '0');
  let hash = Math.imul(kind + 1, 0x9e3779b1) ^ Math.imul(counter + 1, 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return `${hex(hash, 8)}-${hex(kind, 4)}-4${hex(Math.floor(counter / 2 ** 48) % 4096, 3)}-8000-${hex(counter % 2 ** 48, 12)}`;
}
