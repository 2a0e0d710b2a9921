import type { Database } from '../../db/database';
import { listTeamCandidates } from '../../services/user-admin/user-service';
import { route } from '../route';
import { userList } from './users.schema';

export const userRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/users',
      tag: 'users',
      summary: 'Active users, to choose a hiring team from (HR only)',
      response: userList,
    },
    async ({ actor }) => ({
      items: (await listTeamCandidates(db, actor)).map(({ id, name, email, role, title }) => ({
        id,
        name,
        email,
        role,
        title,
      })),
    }),
  ),
];
