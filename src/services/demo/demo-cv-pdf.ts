/**
 * A one-page text PDF, written by hand: enough for the demo's CVs to be real files that pdf.js
 * reads and browsers open, without a PDF library in the running app.
 */
export function textPdf(lines: readonly string[]): Uint8Array {
  // Helvetica in WinAnsi covers the demo's Latin text; anything else becomes '?'.
  const escape = (line: string) =>
    line
      .normalize('NFC')
      .replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?')
      .replace(/[\\()]/g, (ch) => `\\${ch}`);
  const text = lines
    .slice(0, 50)
    .map((line, index) => `${index === 0 ? '' : 'T* '}(${escape(line)}) Tj`)
    .join('\n');
  const stream = `BT\n/F1 10 Tf\n14 TL\n50 800 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${latin1Length(stream)} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(latin1Length(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = latin1Length(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (ch) => ch.charCodeAt(0) & 0xff);
}

const latin1Length = (text: string) => text.length;
