import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';

/**
 * Runs a change through the API and keeps its failure for the screen to show; `run` resolves
 * to whether it succeeded, so the caller can reload or move on.
 */
export function useApiAction() {
  const [error, setError] = useState<ApiError | undefined>();
  const run = useCallback(async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      setError(undefined);
      return true;
    } catch (failure) {
      setError(
        failure instanceof ApiError ? failure : new ApiError(0, 'network', String(failure), []),
      );
      return false;
    }
  }, []);
  return { run, error };
}
