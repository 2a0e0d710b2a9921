import { ApiError, type FieldError } from './client';

/**
 * POSTs JSON to a route that answers with a file (a PDF) and hands the browser the file to save.
 * Errors arrive as the API's usual JSON, so a form can show its field errors.
 */
export async function downloadFile(url: string, body: unknown, fileName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (failure) {
    throw new ApiError(0, 'network', String(failure), []);
  }
  if (!response.ok) {
    const error = (
      (await response.json().catch(() => undefined)) as
        { error?: { code: string; message: string; fields: FieldError[] } } | undefined
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'network',
      error?.message ?? response.statusText,
      error?.fields ?? [],
    );
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
