/** The web talks to the server only through this module. */
export interface FieldError {
  path: string;
  code?: string;
  message: string;
  /** Details some codes carry (e.g. the jobs that block a role change). */
  params?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[],
  ) {
    super(message);
  }

  /** The first problem reported for a field path, if any. */
  field(path: string): FieldError | undefined {
    return this.fields.find((field) => field.path === path || field.path.startsWith(`${path}.`));
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request finds the session gone, so the app can show the sign-in page. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  // A form with files goes as multipart (the browser sets the boundary); anything else as JSON.
  const isForm = body instanceof FormData;
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined || isForm ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const data = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (
      data as { error?: { code: string; message: string; fields: FieldError[] } } | undefined
    )?.error;
    if (response.status === 401 && !url.endsWith('/api/auth/login'))
      unauthenticatedListeners.forEach((l) => l());
    throw new ApiError(
      response.status,
      error?.code ?? 'network',
      error?.message ?? response.statusText,
      error?.fields ?? [],
    );
  }
  return data as T;
}
