import { z } from 'zod';
import { roles } from '../../domain/roles';
import { idSchema } from './common.schema';

export const userList = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      email: z.string(),
      role: z.enum(roles),
      title: z.string().nullable(),
    }),
  ),
});
export type UserList = z.infer<typeof userList>;
