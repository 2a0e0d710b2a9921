import { describe, expect, it } from 'vitest';
import {
  spreadsheetRows,
  type SpreadsheetRow,
} from '../../src/services/candidate-imports/spreadsheet-rows';

async function rowsOf(text: string): Promise<SpreadsheetRow[]> {
  const rows: SpreadsheetRow[] = [];
  for await (const row of spreadsheetRows(Buffer.from(text, 'utf8'))) rows.push(row);
  return rows;
}

describe('reading a CSV file', () => {
  it('reads every line when a file mixes CRLF, LF and CR line endings', async () => {
    const text =
      'name,email\r\n' +
      'Sari,sari@example.com\r\n' +
      'Budi,budi@example.com\n' +
      'Ayu,ayu@example\n' +
      'Dewi,dewi@example.com\r' +
      'Rina,rina@example.com';
    expect(await rowsOf(text)).toEqual([
      { line: 1, cells: ['name', 'email'] },
      { line: 2, cells: ['Sari', 'sari@example.com'] },
      { line: 3, cells: ['Budi', 'budi@example.com'] },
      { line: 4, cells: ['Ayu', 'ayu@example'] },
      { line: 5, cells: ['Dewi', 'dewi@example.com'] },
      { line: 6, cells: ['Rina', 'rina@example.com'] },
    ]);
  });

  it('keeps a line break inside a quoted cell, and the rows after it', async () => {
    const text = 'name,notes\r\nSari,"Jakarta\nBandung"\nBudi,ok\r\n';
    expect(await rowsOf(text)).toEqual([
      { line: 1, cells: ['name', 'notes'] },
      { line: 2, cells: ['Sari', 'Jakarta\nBandung'] },
      { line: 3, cells: ['Budi', 'ok'] },
    ]);
  });

  it('takes the delimiter from the header whatever its line ending', async () => {
    const text = 'name;email\rSari;sari@example.com\r';
    expect(await rowsOf(text)).toEqual([
      { line: 1, cells: ['name', 'email'] },
      { line: 2, cells: ['Sari', 'sari@example.com'] },
    ]);
  });

  it('refuses a file whose quote never closes rather than swallowing its lines', async () => {
    await expect(rowsOf('name,notes\nSari,"open\nBudi,ok\n')).rejects.toMatchObject({
      fields: [expect.objectContaining({ path: 'file', code: 'unreadable_file' })],
    });
  });
});
