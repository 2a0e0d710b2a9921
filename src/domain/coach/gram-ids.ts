/**
 * Integer ids for the n-gram feature names of features.ts ("w:kantor", "b:saya membuat"), so
 * that marking an n-gram seen in an answer is an array write, not a string set's hashing, and
 * whether the model weighs it is asked once per name, not once per answer. The names themselves
 * stay the features' keys: the fit and the model read the same names as before.
 */

/** Ids of the names seen since the last reset, and the names by id. */
const ids = new Map<string, number>();
const names: string[] = [];
/** Past this many names (a long-running server reads many new words) all ids start again. */
const maxNames = 200_000;
/** Bumped at every reset: ids held in caches elsewhere are stale when it has moved. */
let generation = 0;

/** Per id, the answer in which it was last marked (see GramSeen). */
let marked = new Int32Array(4096);
let answer = 0;

/** Per keep function, per id: 0 not asked yet, 1 kept, 2 left out. */
let keptBy = new WeakMap<(name: string) => boolean, Uint8Array>();

export function gramGeneration(): number {
  return generation;
}

export function gramId(name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    ids.set(name, id);
    names.push(name);
  }
  return id;
}

export function gramName(id: number): string {
  return names[id] as string;
}

/** The n-grams of one answer seen so far. One at a time: a new one forgets the last. */
export class GramSeen {
  /** Distinct n-grams seen in this answer. */
  count = 0;
  private readonly answer: number;
  constructor() {
    // Between answers only, so that no id held by a caller goes stale mid-answer.
    if (names.length > maxNames || answer >= 0x7fffffff) reset();
    this.answer = ++answer;
    if (marked.length < names.length + 1024) grow();
  }
  /** Whether this is the first time the n-gram is seen in the answer (and marks it seen). */
  first(id: number): boolean {
    if (id >= marked.length) grow();
    if (marked[id] === this.answer) return false;
    marked[id] = this.answer;
    this.count++;
    return true;
  }
}

/**
 * Whether `keep` keeps an n-gram, asked once per name and keep function. Made once per answer:
 * its verdicts are found in a WeakMap once, not at every n-gram.
 */
export class KeptGrams {
  private known: Uint8Array;
  constructor(private readonly keep: (name: string) => boolean) {
    this.known = keptBy.get(keep) ?? this.widen(0);
  }
  has(id: number): boolean {
    const known = id < this.known.length ? this.known : this.widen(id);
    let verdict = known[id] as number;
    if (verdict === 0) known[id] = verdict = this.keep(names[id] as string) ? 1 : 2;
    return verdict === 1;
  }
  private widen(id: number): Uint8Array {
    const wider = new Uint8Array(Math.max(names.length, id + 1) + 1024);
    const known = keptBy.get(this.keep);
    if (known) wider.set(known);
    keptBy.set(this.keep, wider);
    return (this.known = wider);
  }
}

function grow(): void {
  const wider = new Int32Array(Math.max(marked.length * 2, names.length + 1024));
  wider.set(marked);
  marked = wider;
}

function reset(): void {
  ids.clear();
  names.length = 0;
  marked = new Int32Array(4096);
  answer = 0;
  keptBy = new WeakMap();
  generation++;
}
