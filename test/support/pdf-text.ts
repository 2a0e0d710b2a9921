import { openPdf } from '../../src/services/candidates/cv-text-extraction';

/** The text of a PDF as a reader would copy it, one line per text line, read with pdf.js. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await openPdf(bytes);
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  await document.destroy();
  // Rupiah amounts keep "Rp" and the number together with a non-breaking space.
  return pages.join('\n').replace(/\u00a0/g, ' ');
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const document = await openPdf(bytes);
  const count = document.numPages;
  await document.destroy();
  return count;
}
