import { describe, expect, test } from 'vitest';
import { normaliseEmail, normaliseTags } from '../../src/domain/candidate';
import {
  canHoldTeamPlace,
  composeHiringTeam,
  placesLostByRoleChange,
  type HeldTeamPlace,
} from '../../src/domain/hiring-team';
import { distinctTerms } from '../../src/domain/job';
import { roles, teamRoles, type Role } from '../../src/domain/roles';

const people = new Map<string, { role: Role }>([
  ['admin', { role: 'admin' }],
  ['rina', { role: 'recruiter' }],
  ['budi', { role: 'hiring_manager' }],
  ['indra', { role: 'interviewer' }],
  ['dewi', { role: 'interviewer' }],
]);

describe('composeHiringTeam', () => {
  test('one recruiter, one hiring manager and the interviewers, each once', () => {
    const { members, problems } = composeHiringTeam(
      { recruiterId: 'rina', hiringManagerId: 'budi', interviewerIds: ['indra', 'dewi', 'indra'] },
      people,
    );
    expect(problems).toEqual([]);
    expect(members).toEqual([
      { userId: 'rina', teamRole: 'recruiter' },
      { userId: 'budi', teamRole: 'hiring_manager' },
      { userId: 'indra', teamRole: 'interviewer' },
      { userId: 'dewi', teamRole: 'interviewer' },
    ]);
  });

  test('an admin may stand in as recruiter and as hiring manager', () => {
    const { problems } = composeHiringTeam(
      { recruiterId: 'admin', hiringManagerId: 'admin', interviewerIds: [] },
      people,
    );
    expect(problems).toEqual([]);
  });

  test('a hiring manager or recruiter may also sit on the panel', () => {
    const { members, problems } = composeHiringTeam(
      { recruiterId: 'rina', hiringManagerId: 'budi', interviewerIds: ['budi', 'rina'] },
      people,
    );
    expect(problems).toEqual([]);
    expect(members.filter((m) => m.teamRole === 'interviewer').map((m) => m.userId)).toEqual([
      'budi',
      'rina',
    ]);
  });

  test('the recruiter must be HR and the hiring manager must be a hiring manager', () => {
    const { problems } = composeHiringTeam(
      { recruiterId: 'budi', hiringManagerId: 'indra', interviewerIds: [] },
      people,
    );
    expect(problems).toEqual([
      { path: 'team.recruiterId', code: 'wrong_role', message: expect.any(String) },
      { path: 'team.hiringManagerId', code: 'wrong_role', message: expect.any(String) },
    ]);
  });

  test('unknown or inactive people are named by the field that holds them', () => {
    const { problems } = composeHiringTeam(
      { recruiterId: 'ghost', hiringManagerId: 'gone', interviewerIds: ['indra', 'nobody'] },
      people,
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['team.recruiterId', 'unknown_user'],
      ['team.hiringManagerId', 'unknown_user'],
      ['team.interviewerIds.1', 'unknown_user'],
    ]);
  });

  test('an unknown interviewer after a repeated one is named at the position it was given', () => {
    const { problems } = composeHiringTeam(
      { recruiterId: 'rina', hiringManagerId: 'budi', interviewerIds: ['indra', 'indra', 'x'] },
      people,
    );
    expect(problems.map((p) => p.path)).toEqual(['team.interviewerIds.2']);
  });
});

describe('which team places a role can hold', () => {
  test('recruiter place: HR and admins; hiring manager place: hiring managers and admins; panel: anyone', () => {
    const table = Object.fromEntries(
      roles.map((role) => [role, teamRoles.filter((place) => canHoldTeamPlace(role, place))]),
    );
    expect(table).toEqual({
      admin: ['recruiter', 'hiring_manager', 'interviewer'],
      recruiter: ['recruiter', 'interviewer'],
      hiring_manager: ['hiring_manager', 'interviewer'],
      interviewer: ['interviewer'],
    });
  });

  test('composeHiringTeam follows the same rule for every role in every place', () => {
    for (const role of roles) {
      const team = composeHiringTeam(
        { recruiterId: 'x', hiringManagerId: 'x', interviewerIds: ['x'] },
        new Map([['x', { role }]]),
      );
      const refused = team.problems.map((p) => p.path);
      expect(refused.includes('team.recruiterId')).toBe(!canHoldTeamPlace(role, 'recruiter'));
      expect(refused.includes('team.hiringManagerId')).toBe(
        !canHoldTeamPlace(role, 'hiring_manager'),
      );
      expect(refused.some((path) => path.startsWith('team.interviewerIds'))).toBe(false);
    }
  });
});

describe('placesLostByRoleChange', () => {
  const place = (
    jobTitle: string,
    teamRole: HeldTeamPlace['teamRole'],
    jobStatus: HeldTeamPlace['jobStatus'] = 'open',
  ): HeldTeamPlace => ({ jobId: jobTitle, jobTitle, teamRole, jobStatus });

  test('a hiring manager becoming an interviewer loses the hiring manager places of open and draft jobs', () => {
    const places = [
      place('Backend', 'hiring_manager'),
      place('Frontend', 'hiring_manager', 'draft'),
      place('QA', 'interviewer'),
    ];
    expect(placesLostByRoleChange(places, 'interviewer').map((p) => p.jobTitle)).toEqual([
      'Backend',
      'Frontend',
    ]);
  });

  test('closed jobs do not block', () => {
    expect(placesLostByRoleChange([place('Lama', 'recruiter', 'closed')], 'interviewer')).toEqual(
      [],
    );
  });

  test('a role that can hold every place it has is free to change', () => {
    const places = [place('Backend', 'hiring_manager'), place('Data', 'recruiter')];
    expect(placesLostByRoleChange([places[0]!], 'admin')).toEqual([]);
    expect(placesLostByRoleChange(places, 'admin')).toEqual([]);
    expect(placesLostByRoleChange([places[1]!], 'admin')).toEqual([]);
    expect(placesLostByRoleChange(places, 'recruiter')).toEqual([places[0]]);
    expect(placesLostByRoleChange(places, 'hiring_manager')).toEqual([places[1]]);
    expect(placesLostByRoleChange([place('Panel', 'interviewer')], 'interviewer')).toEqual([]);
  });
});

describe('distinctTerms', () => {
  test('trims, collapses spaces and keeps the first spelling of each term, in order', () => {
    expect(
      distinctTerms([
        '  Node.js ',
        'PostgreSQL',
        'node.js',
        'Google   Sheets',
        '',
        '  ',
        'postgresql',
      ]),
    ).toEqual(['Node.js', 'PostgreSQL', 'Google Sheets']);
  });

  test('an empty list stays empty', () => {
    expect(distinctTerms([])).toEqual([]);
  });
});

describe('normaliseTags', () => {
  test('lower-cases, trims and keeps each tag once', () => {
    expect(normaliseTags([' Referral ', 'referral', 'Fresh Graduate', '', 'REMOTE'])).toEqual([
      'referral',
      'fresh graduate',
      'remote',
    ]);
  });
});

describe('normaliseEmail', () => {
  test('trims and lower-cases', () => {
    expect(normaliseEmail('  Sari.R@Example.COM ')).toBe('sari.r@example.com');
  });
});
