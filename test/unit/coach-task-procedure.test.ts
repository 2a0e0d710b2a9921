// Task cues (the candidate's own goal or duty) and present-tense procedures (theory without a
// modal). Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { answerFeatures } from '../../src/domain/coach/features';
import { procedureSpans } from '../../src/domain/coach/procedure';
import { modelMayClaim, ruleLabels } from '../../src/domain/coach/rule-labels';

const input = (answer: string, language: 'id' | 'en', question = 'Tell me about a time.') =>
  ({ language, stage: 'user', question, answer }) satisfies AnswerInput;

function rulesOf(answer: string, language: 'id' | 'en', question?: string) {
  const ctx = buildContext(input(answer, language, question));
  const rules = ruleLabels(ctx);
  return { ctx, rules, features: answerFeatures(ctx, rules) };
}
const taskCues = (answer: string, language: 'id' | 'en') =>
  rulesOf(answer, language).rules.taskCues.map((e) => e.text);

describe('task: the candidate states their own goal or duty', () => {
  test('a role in the story is a duty, in English and Indonesian', () => {
    expect(
      taskCues(
        'Last May the chiller failed. I was the technician on shift, so I swapped it.',
        'en',
      ),
    ).toEqual(['I was the technician on']);
    expect(taskCues('Fixing the roster was on me that week.', 'en')).toEqual(['was on me']);
    expect(taskCues('The call was mine: the supplier was late.', 'en')).toEqual(['was mine']);
    expect(
      taskCues('Bulan lalu mesin las rusak. Saya mekanik yang harus memperbaikinya.', 'id'),
    ).toEqual(['Saya mekanik yang harus']);
    expect(taskCues('Urusan pajak itu diserahkan kepada saya.', 'id')).toEqual([
      'diserahkan kepada saya',
    ]);
  });

  test('near-misses: a denied or routine duty, a complaint, a role with no duty', () => {
    expect(taskCues('Itu bukan tanggung jawab saya, Pak.', 'id')).toEqual([]);
    expect(taskCues('Di gudang saya sering disuruh angkat barang.', 'id')).toEqual([]);
    expect(taskCues('The problem was the owner, not the kitchen.', 'en')).toEqual([]);
    expect(taskCues('Masalahnya vendor selalu telat kirim.', 'id')).toEqual([]);
    expect(taskCues('As a result, I got a bonus.', 'en')).toEqual([]);
  });

  test('the model may not set task on a story that states no goal or duty', () => {
    const story = rulesOf(
      'Last March a pallet fell in aisle four. I taped off the aisle and called the supervisor.',
      'en',
    );
    expect(story.rules.labels.situation.value).toBe(true);
    expect(modelMayClaim('task', story.rules, story.features)).toBe(false);
    const duty = rulesOf(
      'Last March a pallet fell in aisle four. I was the floor lead that night, so I taped it off.',
      'en',
    );
    expect(modelMayClaim('task', duty.rules, duty.features)).toBe(true);
    expect(duty.features.get('f:taskCue')?.evidence[0]?.text).toBe('I was the floor lead that');
  });

  test('a duty followed by the steps taken is a task even with no time or place named', () => {
    const task = (answer: string, language: 'id' | 'en') =>
      rulesOf(answer, language).rules.labels.task;
    const onCall = task(
      'Our booking site crashed during the flash sale. It was my job to bring it back. I restarted the cache and I moved the images to the CDN.',
      'en',
    );
    expect(onCall.value).toBe(true);
    expect(onCall.evidence.map((e) => e.text)).toEqual(['It was my job']);
    expect(
      task(
        'Stok opname selalu selisih. Saya yang harus membereskannya. Saya mengecek ulang kartu stok dan saya melatih dua staf gudang.',
        'id',
      ).value,
    ).toBe(true);
  });

  test('near-misses: a list of duties, and steps told before the duty', () => {
    const task = (answer: string, language: 'id' | 'en') =>
      rulesOf(answer, language).rules.labels.task;
    expect(
      task(
        'I was responsible for the opening checklist, the cash float and the staff roster at the branch.',
        'en',
      ).value,
    ).toBe(false);
    expect(
      task('I restarted the cache and moved the images. It was my job, after all.', 'en').value,
    ).toBe(false);
    expect(
      task('Saya bertanggung jawab atas kas, laporan harian dan jadwal shift kasir.', 'id').value,
    ).toBe(false);
  });
});

describe('theory told as a present-tense procedure', () => {
  const spans = (answer: string) =>
    procedureSpans(buildContext(input(answer, 'en'))).map((e) => e.text);

  test('general steps, instructions and habits count', () => {
    expect(spans('You greet the guest, you listen, and you offer a fix.')).toEqual([
      'You greet',
      'you listen',
      'you offer',
    ]);
    expect(spans('Usually I let them vent first.')).toEqual(['I let']);
    expect(spans('Check the logs, then roll back.')).toEqual(['Check']);
  });

  test('near-misses: past steps, being and thinking, self-description', () => {
    expect(spans('I let them vent first, and then I offered a refund.')).toEqual([]);
    expect(spans('I am patient and I think calm matters.')).toEqual([]);
    expect(spans('I bring ten years of retail experience.')).toEqual([]);
    // Indonesian has no tense to tell: the procedure cue is for English only.
    expect(procedureSpans(buildContext(input('Kamu dengarkan dulu tamunya.', 'id')))).toEqual([]);
  });

  test('the theory evidence shows the procedure words', () => {
    const { rules } = rulesOf('You greet the guest, you listen, and you offer a fix.', 'en');
    expect(rules.theoryMarkers.map((e) => e.text)).toContain('you listen');
  });
});
