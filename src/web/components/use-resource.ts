import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';

/** Loads JSON from the API for a page, with a reload after changes. */
export function useResource<T>(url: string | null) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!url) return;
    let current = true;
    api<T>('GET', url).then(
      (result) => current && (setData(result), setError(undefined)),
      (failure: unknown) =>
        current &&
        setError(
          failure instanceof ApiError ? failure : new ApiError(0, 'network', String(failure), []),
        ),
    );
    return () => {
      current = false;
    };
  }, [url, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload };
}
