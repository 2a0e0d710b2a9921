import { createContext, useContext } from 'react';
import type { ApiSchema } from './api/client';

export type CurrentUser = ApiSchema<'Session'>['user'];

export interface SessionValue {
  user: CurrentUser;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionValue | undefined>(undefined);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in page');
  return value;
}
