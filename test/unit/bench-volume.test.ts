import { describe, expect, it } from 'vitest';
import { endStages, type Stage } from '../../src/domain/pipeline';
import { candidateAuditRows } from '../../bench/volume/audit';
import { volumeCompany } from '../../bench/volume/company';
import { volumeCandidates, type VolumeCandidate } from '../../bench/volume/generate';

// The bench's generator (bench/volume) is not run by the suite at full size; this keeps a small
// run honest so the benches cannot rot: distinct names, and histories a person would believe.
const now = new Date('2026-12-01T03:00:00Z');
const company = volumeCompany();
const candidates: VolumeCandidate[] = [...volumeCandidates(company, { count: 1000, now })];
const applications = candidates.flatMap((c) => c.applications);

describe('the volume generator', () => {
  it('gives every candidate a distinct name, e-mail and phone', () => {
    expect(new Set(candidates.map((c) => c.fullName)).size).toBe(1000);
    expect(new Set(candidates.map((c) => c.email)).size).toBe(1000);
    expect(new Set(candidates.map((c) => c.phone)).size).toBe(1000);
    const firstNames = new Set(candidates.map((c) => c.fullName.split(' ')[0]));
    expect(firstNames.size).toBeGreaterThan(100);
  });

  it('makes three applications per candidate, one in 20 to the board job, never twice to a job', () => {
    expect(applications).toHaveLength(3000);
    expect(applications.filter((a) => a.jobId === company.boardJob.id)).toHaveLength(50);
    for (const candidate of candidates) {
      const jobs = candidate.applications.map((a) => a.jobId);
      expect(new Set(jobs).size).toBe(jobs.length);
    }
  });

  it('builds the same data on every run', () => {
    const [again] = volumeCandidates(company, { count: 1, now });
    expect(again).toEqual(candidates[0]);
  });

  it('keeps each history in order, ending in the stage the application is in', () => {
    for (const application of applications) {
      const [first, ...moves] = application.events;
      expect(first).toMatchObject({ fromStage: null, toStage: 'applied' });
      let stage: Stage = 'applied';
      let at = first!.at;
      for (const move of moves) {
        expect(move.fromStage).toBe(stage);
        expect(move.at.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(move.rejectionReason !== null).toBe(move.toStage === 'rejected');
        stage = move.toStage;
        at = move.at;
      }
      expect(application.stage).toBe(stage);
      expect(application.stageEnteredAt).toEqual(at);
      expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
      for (const end of endStages) {
        if (moves.slice(0, -1).some((m) => m.toStage === end))
          throw new Error('moved after an end');
      }
    }
  });

  it('scores only interviews that took place, decides after the scorecards, gates on HR', () => {
    for (const application of applications) {
      const stages = application.events.map((e) => e.toStage);
      for (const card of application.scorecards) {
        const interview = application.interviews.find((i) => i.stage === card.stage);
        expect(interview).toBeDefined();
        expect(interview!.interviewerIds).toContain(card.interviewerId);
        if (card.submittedAt) expect(card.submittedAt >= interview!.startsAt).toBe(true);
      }
      for (const decision of application.decisions) {
        const submitted = application.scorecards.filter(
          (c) => c.stage === decision.stage && c.submittedAt,
        );
        expect(submitted.length).toBeGreaterThan(0);
        for (const card of submitted) expect(decision.at >= card.submittedAt!).toBe(true);
      }
      const passedHr = application.decisions.some(
        (d) => d.stage === 'hr' && d.outcome === 'advance',
      );
      expect(application.hrGateCleared).toBe(passedHr);
      if (stages.includes('user_interview')) expect(passedHr).toBe(true);
      if (application.stage === 'hired') expect(application.offer?.status).toBe('accepted');
    }
  });

  it('has every outcome the reports look at, in believable shares', () => {
    const share = (stage: Stage) => applications.filter((a) => a.stage === stage).length / 3000;
    expect(share('rejected')).toBeGreaterThan(0.5);
    expect(share('withdrawn')).toBeGreaterThan(0.02);
    expect(share('hired')).toBeGreaterThan(0.005);
    expect(share('hired')).toBeLessThan(0.08);
    const cards = applications.flatMap((a) => a.scorecards);
    expect(new Set(cards.map((c) => c.recommendation)).size).toBe(4);
    expect(cards.some((c) => c.stage === 'user')).toBe(true);
    expect(applications.some((a) => a.offer?.status === 'declined')).toBe(true);
    expect(new Set(candidates.map((c) => c.source)).size).toBeGreaterThan(5);
  });

  it('writes an audit row for each move, naming the candidate and no personal data', () => {
    const candidate = candidates.find((c) => c.applications.some((a) => a.events.length > 2))!;
    const rows = candidateAuditRows(candidate, 1);
    const moves = candidate.applications.reduce((sum, a) => sum + a.events.length - 1, 0);
    const moveActions = [
      'application.moved',
      'portal.withdrawn',
      'offer.accepted',
      'offer.declined',
    ];
    expect(rows.filter((r) => moveActions.includes(r.action))).toHaveLength(moves);
    expect(rows.every((r) => r.candidateId === candidate.id)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(candidate.fullName);
  });
});
