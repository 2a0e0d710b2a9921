/**
 * A set of words for look-ups, from single words or from whole lists ("set(id.negation,
 * en.negation)"): the one helper the coach's detectors build their word lists with.
 */
export const wordSet = (...items: readonly (string | readonly string[])[]): Set<string> =>
  new Set<string>(items.flat());
