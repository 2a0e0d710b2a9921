import type { Database } from '../../db/database';
import { listMyInterviews } from '../../services/interviews/my-interviews-service';
import { route } from '../route';
import { myInterviews } from './my-interviews.schema';

export const myInterviewRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/my-interviews',
      tag: 'interview-kits',
      summary: "The signed-in user's interviews to run and score",
      response: myInterviews,
    },
    async ({ actor }) => ({
      items: (await listMyInterviews(db, actor)).map((item) => ({
        ...item,
        since: item.since.toISOString(),
        scheduled: item.scheduled && {
          startsAt: item.scheduled.startsAt.toISOString(),
          timeZone: item.scheduled.timeZone,
        },
      })),
    }),
  ),
];
