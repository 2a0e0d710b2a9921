// Whether the practice coach still says exactly the same thing: for every answer in
// training/coach/*.jsonl and ../shared/eval/*.jsonl, the whole analysis (labels, evidence offsets,
// claims, tone, metrics), the feedback built from it, and what `npm run fit:coach` reads (the
// rules' verdicts and every feature with its value, evidence and order, no feature left out).
// A speed change must leave all of it identical, and the refit then gives the same weights.
// Usage: npx tsx scripts/coach-same-output.ts --write F   (save a reference, e.g. from base22)
//        npx tsx scripts/coach-same-output.ts F           (compare with it; exit 1 on a difference)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeAnswer } from '../src/domain/coach/analyze-answer';
import type { AnswerInput } from '../src/domain/coach/answer-analysis';
import { buildContext } from '../src/domain/coach/context';
import { answerFeatures } from '../src/domain/coach/features';
import { buildFeedback } from '../src/domain/coach/feedback';
import { ruleLabels } from '../src/domain/coach/rule-labels';

interface Line {
  id?: string;
  lang: 'id' | 'en';
  stage: 'hr' | 'user';
  question: string;
  answer: string;
  jobTerms?: string[];
}

const dirs = ['../training/coach/', '../../shared/eval/'].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);

function answers(): { where: string; input: AnswerInput }[] {
  return dirs.flatMap((dir) =>
    !existsSync(dir)
      ? []
      : readdirSync(dir)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .flatMap((file) =>
            readFileSync(dir + file, 'utf8')
              .split('\n')
              .filter((line) => line.trim() !== '')
              .map((line, i) => {
                const r = JSON.parse(line) as Line;
                const input: AnswerInput = {
                  language: r.lang,
                  stage: r.stage,
                  question: r.question,
                  answer: r.answer,
                  jobTerms: r.jobTerms,
                };
                return { where: `${file}:${i + 1}`, input };
              }),
          ),
  );
}

/** Everything the coach says about one answer and everything the fit reads, as one string. */
function outputOf(input: AnswerInput): string {
  const analysis = analyzeAnswer(input);
  const feedback = buildFeedback(analysis, input);
  const ctx = buildContext(input);
  const rules = ruleLabels(ctx);
  // In insertion order: the fit's sparse rows follow it, and its sums with them.
  const features = [...answerFeatures(ctx, rules)].map(([name, hit]) => [
    name,
    hit.value,
    hit.evidence,
  ]);
  return JSON.stringify({ analysis, feedback, rules, features });
}

const args = process.argv.slice(2);
const writing = args[0] === '--write';
const file = writing ? args[1] : args[0];
if (!file) {
  console.error('usage: tsx scripts/coach-same-output.ts [--write] FILE');
  process.exit(2);
}
const all = answers();
const lines = all.map(({ where, input }) => `${where}\t${outputOf(input)}`);
const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
if (writing) {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`${lines.length} answers written to ${file} (digest ${digest})`);
} else {
  const saved = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let differ = 0;
  lines.forEach((line, i) => {
    if (line === saved[i]) return;
    if (differ++ < 5) {
      console.log(`differs: ${line.split('\t')[0]}`);
      console.log(`  was: ${(saved[i] ?? '(none)').slice(0, 400)}`);
      console.log(`  now: ${line.slice(0, 400)}`);
    }
  });
  if (saved.length !== lines.length) differ++;
  console.log(
    `${lines.length} answers (reference ${saved.length}): ${differ === 0 ? 'identical' : `${differ} differ`} (digest ${digest})`,
  );
  process.exit(differ === 0 ? 0 : 1);
}
