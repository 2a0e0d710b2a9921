import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import { isOtherParty } from '../../src/domain/coach/features';
import { isOutsider } from '../../src/domain/coach/outsiders';
import type { Token } from '../../src/domain/coach/tokens';
import { understatedCriticism } from '../../src/domain/coach/understated-criticism';

const ctxOf = (answer: string) =>
  buildContext({ language: 'en', stage: 'hr', question: 'Why are you leaving?', answer });
const word = (key: string) => ({ key, low: key }) as Token;

describe('people outside the employer: one list for every badmouthing check', () => {
  test('customers, patients, passengers, vendors, also with a clitic', () => {
    for (const key of ['patients', 'passenger', 'vendor', 'pelanggannya', 'klienku', 'nasabah'])
      expect({ key, outsider: isOutsider(word(key)) }).toEqual({ key, outsider: true });
    for (const key of ['manager', 'atasan', 'company'])
      expect({ key, outsider: isOutsider(word(key)) }).toEqual({ key, outsider: false });
  });

  test('an understatement about patients judges no employer; about management it does', () => {
    expect(
      understatedCriticism(ctxOf('The patients were not exactly patient.'), isOtherParty),
    ).toEqual([]);
    expect(
      understatedCriticism(ctxOf('The management was not exactly supportive.'), isOtherParty),
    ).not.toEqual([]);
  });
});
