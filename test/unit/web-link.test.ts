import { describe, expect, it, test } from 'vitest';
import { splitWebLinks, normaliseWebLink } from '../../src/domain/web-link';

test('links typed the way people type them become full https links', () => {
  expect(normaliseWebLink('github.com/sari')).toEqual({
    ok: true,
    value: 'https://github.com/sari',
  });
  expect(normaliseWebLink('  www.linkedin.com/in/sari-lestari ')).toEqual({
    ok: true,
    value: 'https://www.linkedin.com/in/sari-lestari',
  });
  expect(normaliseWebLink('http://sari.dev/karya')).toEqual({
    ok: true,
    value: 'http://sari.dev/karya',
  });
});

test('what is not a web link is refused with the field named', () => {
  for (const input of [
    'my portfolio',
    'javascript:alert(1)',
    'ftp://files.example.com',
    'localhost/x',
    'sari',
  ]) {
    expect(normaliseWebLink(input), input).toMatchObject({
      ok: false,
      problems: [{ path: 'portfolioUrl', code: 'invalid_link' }],
    });
  }
  expect(normaliseWebLink(`github.com/${'a'.repeat(500)}`)).toMatchObject({
    ok: false,
    problems: [{ path: 'portfolioUrl', code: 'too_big' }],
  });
});

describe('links in an e-mail body', () => {
  it('finds the portal link in a sentence, leaving the full stop as text', () => {
    expect(splitWebLinks('Buka https://seleksi.example/portal/abc123. Terima kasih')).toEqual([
      { text: 'Buka ' },
      {
        text: 'https://seleksi.example/portal/abc123',
        href: 'https://seleksi.example/portal/abc123',
      },
      { text: '. Terima kasih' },
    ]);
  });

  it('links only http(s), and markup stays text', () => {
    const pieces = splitWebLinks('<a href="javascript:alert(1)">x</a> javascript:alert(1)');
    expect(pieces.filter((piece) => piece.href)).toEqual([]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(
      '<a href="javascript:alert(1)">x</a> javascript:alert(1)',
    );
  });
});
