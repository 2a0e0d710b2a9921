// Answers per second analysed by the practice coach (rules + learned model) on one core, over
// the 300 labelled answers (../shared/eval), repeated; also the feedback built from each.
// Usage: npx tsx bench/coach.ts [rounds]
import { analyzeAnswer } from '../src/domain/coach/analyze-answer';
import { buildFeedback } from '../src/domain/coach/feedback';
import { inputOf, loadAnswers } from '../scripts/coach-training';

const inputs = loadAnswers().map(inputOf);
const rounds = Number(process.argv[2] ?? 20);
const words = inputs.reduce((sum, a) => sum + a.answer.split(/\s+/).length, 0) / inputs.length;
for (const a of inputs) analyzeAnswer(a); // warm up the JIT

let started = performance.now();
let labelled = 0;
for (let r = 0; r < rounds; r++) {
  for (const a of inputs) {
    labelled += Object.values(analyzeAnswer(a).labels).filter((l) => l.value).length;
  }
}
const analysed = rounds * inputs.length;
const seconds = (performance.now() - started) / 1000;

started = performance.now();
for (let r = 0; r < rounds; r++) for (const a of inputs) buildFeedback(analyzeAnswer(a), a);
const withFeedback = (performance.now() - started) / 1000;

console.log(
  `${inputs.length} labelled answers × ${rounds} rounds, ${Math.round(words)} words on average, ${labelled} labels set`,
);
console.log(
  `analysis: ${Math.round(analysed / seconds)} answers per second (${((seconds / analysed) * 1e6).toFixed(0)} µs each)`,
);
console.log(`analysis + feedback: ${Math.round(analysed / withFeedback)} answers per second`);
console.log('target: at least 5,000 answers per second on one core');
