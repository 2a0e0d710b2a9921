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

export function wordList(words: ReadonlySet<string>): WordList {
  const i = lists.length;
  lists.push(words);
  masksByWord.clear();
  return { words, slot: i >> 5, bit: 1 << (i & 31) };
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

/** The fields of a token the masks are kept in (tokens.ts). */
export interface Listed {
  low: string;
  key: string;
  lowLists?: Int32Array;
  keyLists?: Int32Array;
}

/** list.words.has(t.low) */
export function lowIn(t: Listed, list: WordList): boolean {
  const masks = t.lowLists ?? (t.lowLists = masksOf(t.low));
  return ((masks[list.slot] as number) & list.bit) !== 0;
}

/** list.words.has(t.key) */
export function keyIn(t: Listed, list: WordList): boolean {
  const masks = t.keyLists ?? (t.keyLists = t.key === t.low ? lowMasks(t) : masksOf(t.key));
  return ((masks[list.slot] as number) & list.bit) !== 0;
}

function lowMasks(t: Listed): Int32Array {
  return t.lowLists ?? (t.lowLists = masksOf(t.low));
}
