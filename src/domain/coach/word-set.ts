/**
 * A set of words for look-ups, from single words or from whole lists ("set(id.negation,
 * en.negation)"): the one helper the coach's detectors build their word lists with.
 */
export const wordSet = (...items: readonly (string | readonly string[])[]): Set<string> =>
  new Set<string>(items.flat());

/**
 * A word list asked about a token at a time, known by one bit of the token's masks: the masks of
 * a word (one bit per list, over every list made) are found once per distinct word and kept on
 * the token, so each further list asked is a bit test, not a hash look-up. A new list costs one
 * bit. Lists are made when their modules load, before any answer is read, and never change.
 */
export interface WordList {
  readonly words: ReadonlySet<string>;
  readonly slot: number;
  readonly bit: number;
}

const lists: ReadonlySet<string>[] = [];
const masksByWord = new Map<string, Int32Array>();
/** Bumped when a list is made: masks kept on word entries before it are stale. */
let listGeneration = 0;

export function wordList(words: ReadonlySet<string>): WordList {
  const i = lists.length;
  lists.push(words);
  masksByWord.clear();
  listsChanged();
  return { words, slot: i >> 5, bit: 1 << (i & 31) };
}

/** A word list or a phrase set was made: what the entries hold of the old ones is forgotten. */
export function listsChanged(): void {
  listGeneration++;
}

/** The bits of the lists a word is in; bounded, so a long-running server stays small. */
function masksOf(word: string): Int32Array {
  let masks = masksByWord.get(word);
  if (masks === undefined) {
    if (masksByWord.size >= 50_000) masksByWord.clear();
    masks = new Int32Array((lists.length + 31) >> 5);
    for (let i = 0; i < lists.length; i++) {
      if ((lists[i] as ReadonlySet<string>).has(word))
        masks[i >> 5] = (masks[i >> 5] as number) | (1 << (i & 31));
    }
    masksByWord.set(word, masks);
  }
  return masks;
}

/**
 * One distinct word (its lower-case form and its lexicon key), shared by every token of it in
 * every answer: what depends on the word alone (the lists it is in, the phrase sets it may start,
 * the facts of wordFact) is found once per distinct word and then read from here, with no look-up
 * by the word's text per detector. Made by the tokenizer (tokens.ts).
 */
export interface WordEntry {
  readonly low: string;
  readonly key: string;
  /** The list generation the masks below were found in. */
  generation: number;
  lowLists: Int32Array | undefined;
  keyLists: Int32Array | undefined;
  /** The phrase sets a match may start with this word (phrases.ts); -1 until first asked. */
  phraseStarts: number;
  /** The facts of wordFact by their slot; a hole until first asked. */
  readonly facts: unknown[];
}

const entries = new Map<string, WordEntry>();

/** The entry of a word by its lower-case form and key; bounded like the masks. */
export function wordEntry(low: string, key: (low: string) => string): WordEntry {
  let entry = entries.get(low);
  if (entry === undefined) {
    if (entries.size >= 50_000) entries.clear();
    entry = {
      low,
      key: key(low),
      generation: listGeneration,
      lowLists: undefined,
      keyLists: undefined,
      phraseStarts: -1,
      facts: [],
    };
    entries.set(low, entry);
  }
  return entry;
}

/** The fields of a token the masks are kept in (tokens.ts). */
export interface Listed {
  low: string;
  key: string;
  /** The shared entry of the word; absent on a token-like object made by hand. */
  entry?: WordEntry;
}

/** The entry, with what it holds of lists made since forgotten. */
export function current(e: WordEntry): WordEntry {
  if (e.generation !== listGeneration) {
    e.generation = listGeneration;
    e.lowLists = undefined;
    e.keyLists = undefined;
    e.phraseStarts = -1;
  }
  return e;
}

function lowMasks(t: Listed): Int32Array {
  const e = t.entry;
  if (e === undefined) return masksOf(t.low);
  const c = current(e);
  return c.lowLists ?? (c.lowLists = masksOf(e.low));
}

function keyMasks(t: Listed): Int32Array {
  const e = t.entry;
  if (e === undefined) return masksOf(t.key);
  const c = current(e);
  return c.keyLists ?? (c.keyLists = e.key === e.low ? lowMasks(t) : masksOf(e.key));
}

/** list.words.has(t.low) */
export function lowIn(t: Listed, list: WordList): boolean {
  return (((lowMasks(t)[list.slot] as number) & list.bit) as number) !== 0;
}

/** list.words.has(t.key) */
export function keyIn(t: Listed, list: WordList): boolean {
  return (((keyMasks(t)[list.slot] as number) & list.bit) as number) !== 0;
}

let factSlots = 0;

/**
 * A fact about a word that depends on its key alone ("is it someone at work", "its stems'
 * acts"), found once per distinct word and kept on the word's entry: each further token of the
 * word, in any answer, reads it from there. A token-like object with no entry has it computed
 * afresh (such objects are rare). Facts are made when their modules load.
 */
export function keyFact<T>(compute: (key: string) => T): (t: Listed) => T {
  const slot = factSlots++;
  return (t) => {
    const e = t.entry;
    if (e === undefined) return compute(t.key);
    let value = e.facts[slot] as T | undefined;
    if (value === undefined) e.facts[slot] = value = compute(e.key);
    return value;
  };
}

/** keyFact of the lower-case form. */
export function lowFact<T>(compute: (low: string) => T): (t: Listed) => T {
  const slot = factSlots++;
  return (t) => {
    const e = t.entry;
    if (e === undefined) return compute(t.low);
    let value = e.facts[slot] as T | undefined;
    if (value === undefined) e.facts[slot] = value = compute(e.low);
    return value;
  };
}
