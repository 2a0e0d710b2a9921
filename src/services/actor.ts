import type { Role } from '../domain/roles';

/** The signed-in user a use case acts for. */
export interface Actor {
  id: string;
  role: Role;
}
