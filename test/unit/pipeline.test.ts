import { describe, expect, it, test } from 'vitest';
import {
  destinationsFrom,
  moveNeedsReason,
  planMove,
  stagesOfJob,
  type ApplicationState,
  type MoveRequest,
  type PlannedMove,
  type Stage,
} from '../../src/domain/pipeline';
import type { Role } from '../../src/domain/roles';

const at = (stage: Stage, extra: Partial<ApplicationState> = {}): ApplicationState => ({
  stage,
  hrGateCleared: false,
  testsEnabled: false,
  ...extra,
});

const by = (actorRole: Role, to: Stage, extra: Partial<MoveRequest> = {}): MoveRequest => ({
  to,
  actorRole,
  ...extra,
});

/** The planned move, failing the test with the problems when the move was refused. */
function allowed(state: ApplicationState, request: MoveRequest): PlannedMove {
  const result = planMove(state, request);
  if (!result.ok) throw new Error(`expected the move to be allowed: ${JSON.stringify(result)}`);
  return result.value;
}

/** The single problem of a refused move. */
function refused(state: ApplicationState, request: MoveRequest) {
  const result = planMove(state, request);
  if (result.ok) throw new Error(`expected the move to be refused: ${JSON.stringify(result)}`);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

describe('stagesOfJob', () => {
  test('a job without tests skips the tests column', () => {
    expect(stagesOfJob(false)).toEqual([
      'applied',
      'cv_screening',
      'hr_interview',
      'user_interview',
      'offer',
      'hired',
      'rejected',
      'withdrawn',
    ]);
  });

  test('a job with tests shows it between the HR and the user interview', () => {
    expect(stagesOfJob(true)).toEqual([
      'applied',
      'cv_screening',
      'hr_interview',
      'tests',
      'user_interview',
      'offer',
      'hired',
      'rejected',
      'withdrawn',
    ]);
  });
});

describe('planMove: ordinary moves', () => {
  test('moves forward and records where from and where to', () => {
    expect(allowed(at('applied'), by('recruiter', 'cv_screening'))).toEqual({
      from: 'applied',
      to: 'cv_screening',
      note: null,
      rejectionReason: null,
      overrodeHrGate: false,
      clearsHrGate: false,
    });
  });

  test('a hiring manager may move applications of their job', () => {
    expect(allowed(at('cv_screening'), by('hiring_manager', 'hr_interview')).to).toBe(
      'hr_interview',
    );
  });

  test('a note is trimmed, and a blank note is no note', () => {
    expect(allowed(at('applied'), by('admin', 'cv_screening', { note: '  cek CV  ' })).note).toBe(
      'cek CV',
    );
    expect(allowed(at('applied'), by('admin', 'cv_screening', { note: '   ' })).note).toBeNull();
  });

  test('moving to the stage the application is already in is refused', () => {
    expect(refused(at('hr_interview'), by('recruiter', 'hr_interview'))).toMatchObject({
      path: 'toStage',
      code: 'same_stage',
    });
  });

  test('interviewers cannot move applications at all', () => {
    for (const to of ['cv_screening', 'rejected', 'withdrawn'] as const) {
      expect(refused(at('applied'), by('interviewer', to))).toMatchObject({
        path: 'toStage',
        code: 'forbidden_role',
      });
    }
  });

  test('a hired application cannot move anywhere', () => {
    for (const to of ['offer', 'rejected', 'withdrawn'] as const) {
      expect(refused(at('hired', { hrGateCleared: true }), by('admin', to))).toMatchObject({
        code: 'already_hired',
      });
    }
  });
});

describe('planMove: the HR interview gate', () => {
  test.each(['applied', 'cv_screening'] as const)(
    'from %s the user interview and the offer are closed without the HR interview',
    (from) => {
      for (const to of ['user_interview', 'offer'] as const) {
        expect(refused(at(from), by('recruiter', to))).toMatchObject({
          path: 'toStage',
          code: 'hr_interview_required',
        });
      }
    },
  );

  test('passing the HR interview opens the gate, and only HR passes it', () => {
    const refusal = planMove(at('hr_interview'), by('hiring_manager', 'user_interview'));
    expect(refusal.ok).toBe(false);
    expect(!refusal.ok && refusal.problems).toEqual([
      expect.objectContaining({ path: 'toStage', code: 'hr_gate_is_hr' }),
    ]);
    const move = allowed(
      at('hr_interview'),
      by('recruiter', 'user_interview', { hrDecided: true }),
    );
    expect(move).toMatchObject({ from: 'hr_interview', to: 'user_interview' });
    expect(move.clearsHrGate).toBe(true);
    expect(move.overrodeHrGate).toBe(false);
  });

  test("leaving the HR interview forward without HR's decision is a skip of the gate: refused without a reason, recorded as an override with one", () => {
    for (const to of ['user_interview', 'offer'] as const) {
      expect(refused(at('hr_interview'), by('recruiter', to))).toMatchObject({
        path: 'toStage',
        code: 'hr_interview_required',
        message: expect.stringMatching(/No HR decision/),
      });
    }
    const tests = at('hr_interview', { testsEnabled: true });
    expect(refused(tests, by('recruiter', 'tests'))).toMatchObject({
      code: 'hr_interview_required',
    });
    expect(
      refused(at('hr_interview'), by('recruiter', 'user_interview', { overrideHrGate: true })),
    ).toMatchObject({ path: 'note', code: 'reason_required' });
    const skipped = allowed(
      at('hr_interview'),
      by('recruiter', 'user_interview', { overrideHrGate: true, note: 'Referensi direksi' }),
    );
    expect(skipped).toMatchObject({ overrodeHrGate: true, clearsHrGate: true });
    // A gate passed before (the candidate came back to the HR interview) stays passed.
    const back = at('hr_interview', { hrGateCleared: true });
    expect(allowed(back, by('recruiter', 'user_interview')).overrodeHrGate).toBe(false);
  });

  test("the HR interview is HR's to end: a hiring manager neither rejects nor sends back from it", () => {
    for (const request of [
      by('hiring_manager', 'rejected', { rejectionReason: 'failed_hr_interview' }),
      by('hiring_manager', 'rejected', { rejectionReason: 'other', note: 'Tidak cocok' }),
      by('hiring_manager', 'cv_screening'),
      by('hiring_manager', 'withdrawn'),
    ]) {
      expect(refused(at('hr_interview'), request)).toMatchObject({ code: 'hr_gate_is_hr' });
    }
    // Failing the HR interview is HR's verdict wherever the application stands.
    const failedHr = by('hiring_manager', 'rejected', { rejectionReason: 'failed_hr_interview' });
    expect(refused(at('cv_screening'), failedHr)).toMatchObject({ code: 'hr_gate_is_hr' });
    // HR ends it; after it, the hiring manager may record a withdrawal.
    expect(
      allowed(at('hr_interview'), { ...failedHr, actorRole: 'recruiter' }).rejectionReason,
    ).toBe('failed_hr_interview');
    const afterGate = at('user_interview', { hrGateCleared: true });
    expect(allowed(afterGate, by('hiring_manager', 'withdrawn')).to).toBe('withdrawn');
    // After the gate, the hiring manager's own verdict stands.
    const userVerdict = by('hiring_manager', 'rejected', {
      rejectionReason: 'failed_user_interview',
    });
    expect(allowed(at('user_interview', { hrGateCleared: true }), userVerdict).to).toBe('rejected');
  });

  test('passing the HR interview into the tests stage also clears the gate', () => {
    const move = allowed(
      at('hr_interview', { testsEnabled: true }),
      by('recruiter', 'tests', { hrDecided: true }),
    );
    expect(move.clearsHrGate).toBe(true);
  });

  test('moves that do not pass the HR interview leave the gate as it is', () => {
    expect(allowed(at('applied'), by('recruiter', 'hr_interview')).clearsHrGate).toBe(false);
    expect(allowed(at('hr_interview'), by('recruiter', 'cv_screening')).clearsHrGate).toBe(false);
    expect(
      allowed(at('hr_interview'), by('recruiter', 'rejected', { rejectionReason: 'no_response' }))
        .clearsHrGate,
    ).toBe(false);
  });

  test('once cleared, later stages are open without any override', () => {
    const cleared = { hrGateCleared: true };
    expect(allowed(at('user_interview', cleared), by('hiring_manager', 'offer'))).toMatchObject({
      overrodeHrGate: false,
      clearsHrGate: false,
    });
    // Back to screening and forward again: the gate stays passed.
    expect(allowed(at('cv_screening', cleared), by('recruiter', 'user_interview')).to).toBe(
      'user_interview',
    );
  });

  test('the tests stage lies before the gate: reaching it does not open the user interview', () => {
    const withTests = { testsEnabled: true };
    expect(allowed(at('cv_screening', withTests), by('recruiter', 'tests')).clearsHrGate).toBe(
      false,
    );
    expect(refused(at('tests', withTests), by('recruiter', 'user_interview')).code).toBe(
      'hr_interview_required',
    );
  });

  test.each(['recruiter', 'admin'] as const)('%s may override the gate with a note', (role) => {
    const move = allowed(
      at('cv_screening'),
      by(role, 'user_interview', {
        overrideHrGate: true,
        note: 'Referral dari CTO, HR interview dilewati',
      }),
    );
    expect(move).toEqual({
      from: 'cv_screening',
      to: 'user_interview',
      note: 'Referral dari CTO, HR interview dilewati',
      rejectionReason: null,
      overrodeHrGate: true,
      clearsHrGate: true,
    });
  });

  test('an override needs a written reason', () => {
    for (const note of [undefined, '', '   ']) {
      expect(
        refused(at('applied'), by('recruiter', 'offer', { overrideHrGate: true, note })),
      ).toMatchObject({ path: 'note', code: 'reason_required' });
    }
  });

  test('a hiring manager cannot override the gate, even with a note', () => {
    expect(
      refused(
        at('cv_screening'),
        by('hiring_manager', 'user_interview', { overrideHrGate: true, note: 'Saya yakin' }),
      ),
    ).toMatchObject({ path: 'overrideHrGate', code: 'override_needs_hr' });
  });

  test('an override where the gate is open is not recorded as one', () => {
    const move = allowed(
      at('hr_interview'),
      by('recruiter', 'user_interview', {
        overrideHrGate: true,
        note: 'tidak perlu',
        hrDecided: true,
      }),
    );
    expect(move.overrodeHrGate).toBe(false);
    expect(move.clearsHrGate).toBe(true);
  });
});

describe('planMove: hiring', () => {
  test('hired is reachable only from the offer', () => {
    expect(
      allowed(at('offer', { hrGateCleared: true }), by('hiring_manager', 'hired')),
    ).toMatchObject({ from: 'offer', to: 'hired' });
    for (const from of ['applied', 'hr_interview', 'user_interview'] as const) {
      expect(refused(at(from, { hrGateCleared: true }), by('admin', 'hired'))).toMatchObject({
        path: 'toStage',
        code: 'hire_needs_offer',
      });
    }
  });

  test('an override does not skip the offer', () => {
    expect(
      refused(
        at('cv_screening'),
        by('recruiter', 'hired', { overrideHrGate: true, note: 'langsung' }),
      ).code,
    ).toBe('hire_needs_offer');
  });
});

describe('planMove: rejecting', () => {
  test('rejecting needs a reason', () => {
    expect(refused(at('cv_screening'), by('recruiter', 'rejected'))).toMatchObject({
      path: 'rejectionReason',
      code: 'required',
    });
  });

  test('the reason is recorded', () => {
    const move = allowed(
      at('user_interview', { hrGateCleared: true }),
      by('hiring_manager', 'rejected', { rejectionReason: 'failed_user_interview' }),
    );
    expect(move).toMatchObject({
      from: 'user_interview',
      to: 'rejected',
      rejectionReason: 'failed_user_interview',
      note: null,
    });
  });

  test("the reason 'other' needs a note saying what it was", () => {
    expect(
      refused(at('applied'), by('recruiter', 'rejected', { rejectionReason: 'other', note: ' ' })),
    ).toMatchObject({ path: 'note', code: 'reason_required' });
    expect(
      allowed(
        at('applied'),
        by('recruiter', 'rejected', { rejectionReason: 'other', note: 'Domisili di luar kota' }),
      ),
    ).toMatchObject({ rejectionReason: 'other', note: 'Domisili di luar kota' });
  });

  test('a rejection reason is kept only on rejections', () => {
    expect(
      allowed(at('applied'), by('recruiter', 'cv_screening', { rejectionReason: 'other' }))
        .rejectionReason,
    ).toBeNull();
  });

  test('an application may be rejected or withdrawn from any active stage', () => {
    for (const from of ['applied', 'hr_interview', 'user_interview', 'offer'] as const) {
      const state = at(from, { hrGateCleared: true });
      expect(
        allowed(state, by('recruiter', 'rejected', { rejectionReason: 'position_filled' })).to,
      ).toBe('rejected');
      expect(allowed(state, by('recruiter', 'withdrawn')).to).toBe('withdrawn');
    }
  });
});

describe('planMove: the tests stage', () => {
  test('is refused when the job runs no tests', () => {
    expect(refused(at('hr_interview'), by('recruiter', 'tests'))).toMatchObject({
      path: 'toStage',
      code: 'tests_disabled',
    });
  });

  test('is reachable when the job runs tests', () => {
    const tests = at('hr_interview', { testsEnabled: true });
    expect(allowed(tests, by('recruiter', 'tests', { hrDecided: true })).to).toBe('tests');
  });
});

describe('planMove: reopening a closed application', () => {
  test.each(['rejected', 'withdrawn'] as const)(
    'HR reopens a %s application to an active stage with a note',
    (from) => {
      expect(
        allowed(at(from), by('recruiter', 'cv_screening', { note: 'Posisi dibuka lagi' })),
      ).toMatchObject({ from, to: 'cv_screening', note: 'Posisi dibuka lagi' });
    },
  );

  test('reopening needs a note', () => {
    expect(refused(at('rejected'), by('admin', 'applied'))).toMatchObject({
      path: 'note',
      code: 'reason_required',
    });
  });

  test('only HR may reopen', () => {
    expect(
      refused(at('withdrawn'), by('hiring_manager', 'cv_screening', { note: 'Mohon dibuka' })),
    ).toMatchObject({ path: 'toStage', code: 'reopen_needs_hr' });
  });

  test('a closed application reopens to an active stage, not to another closed one', () => {
    expect(refused(at('rejected'), by('recruiter', 'withdrawn', { note: 'x' })).code).toBe(
      'invalid_transition',
    );
  });

  test('reopening does not skip the HR gate', () => {
    expect(
      refused(at('rejected'), by('recruiter', 'user_interview', { note: 'dibuka lagi' })).code,
    ).toBe('hr_interview_required');
    expect(
      allowed(
        at('rejected', { hrGateCleared: true }),
        by('recruiter', 'user_interview', { note: 'dibuka lagi' }),
      ).to,
    ).toBe('user_interview');
  });
});

describe('destinationsFrom', () => {
  const jobStages = stagesOfJob(false);

  it('offers the hire only from the offer, as planMove allows it', () => {
    expect(destinationsFrom('user_interview', jobStages)).not.toContain('hired');
    expect(destinationsFrom('offer', jobStages)).toContain('hired');
    for (const from of jobStages) {
      for (const to of destinationsFrom(from, jobStages).filter((s) => s === 'hired')) {
        const planned = planMove(
          { stage: from, hrGateCleared: true, testsEnabled: false },
          { to, actorRole: 'recruiter' },
        );
        expect(planned.ok, `${from} -> ${to}`).toBe(true);
      }
    }
  });

  it('never offers the stage itself, and nothing once hired', () => {
    expect(destinationsFrom('cv_screening', jobStages)).not.toContain('cv_screening');
    expect(destinationsFrom('hired', jobStages)).toEqual([]);
  });
});

describe('moveNeedsReason', () => {
  it('names exactly the moves planMove refuses without a note, so the form labels the reason as required', () => {
    const cases: [ApplicationState, MoveRequest][] = [
      [at('rejected'), by('recruiter', 'hr_interview')],
      [at('withdrawn'), by('recruiter', 'cv_screening')],
      [at('applied'), by('recruiter', 'user_interview', { overrideHrGate: true })],
      [at('hr_interview'), by('recruiter', 'rejected', { rejectionReason: 'other' })],
      [at('applied'), by('recruiter', 'cv_screening')],
      [at('hr_interview'), by('recruiter', 'rejected', { rejectionReason: 'salary_mismatch' })],
      [at('hr_interview'), by('recruiter', 'user_interview')],
    ];
    for (const [state, request] of cases) {
      const result = planMove(state, request);
      const needsNote = !result.ok && result.problems.some((p) => p.code === 'reason_required');
      expect(moveNeedsReason(state.stage, request), `${state.stage} -> ${request.to}`).toBe(
        needsNote,
      );
    }
  });
});
