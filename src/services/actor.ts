import type { Role } from '../domain/roles';

/** The signed-in user a use case acts for. */
export interface Actor {
  id: string;
  role: Role;
  /**
   * Set when a program acts with an API token: `id` and `role` are then the admin who made it.
   * Admin-only work refuses such an actor (requireAdmin), and the audit log names the token.
   */
  tokenId?: string | undefined;
}
