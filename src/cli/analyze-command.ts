import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeAnswer } from '../domain/coach/analyze-answer';
import { answerLabels, type AnswerInput } from '../domain/coach/answer-analysis';

export const analyzeUsage = `Usage:
  seleksi analyze --lang id|en --stage hr|user --question TEXT (--answer TEXT | --answer-file FILE) [--job-terms "a,b"]
  seleksi analyze --jsonl FILE      one JSON line out per record: {"id","labels","evidence"}`;

interface RecordProblem {
  id: string | null;
  line: number;
  field: string;
  message: string;
}

/** Checks one record of the eval format and turns it into the analysis input, or names what is wrong. */
export function recordToInput(record: unknown, line: number): AnswerInput | RecordProblem {
  const id = typeof record === 'object' && record && 'id' in record ? String(record.id) : null;
  const problem = (field: string, message: string): RecordProblem => ({ id, line, field, message });
  if (typeof record !== 'object' || record === null) return problem('record', 'Not a JSON object.');
  const r = record as Record<string, unknown>;
  if (r.lang !== 'id' && r.lang !== 'en') return problem('lang', 'Use "id" or "en".');
  if (r.stage !== 'hr' && r.stage !== 'user') return problem('stage', 'Use "hr" or "user".');
  if (typeof r.answer !== 'string' || !r.answer.trim())
    return problem('answer', 'The answer is empty.');
  if (r.question !== undefined && typeof r.question !== 'string')
    return problem('question', 'Must be text.');
  const terms = r.jobTerms ?? [];
  if (!Array.isArray(terms) || terms.some((term) => typeof term !== 'string')) {
    return problem('jobTerms', 'Must be a list of text.');
  }
  return {
    language: r.lang,
    stage: r.stage,
    question: (r.question as string) ?? '',
    answer: r.answer,
    jobTerms: terms,
  };
}

function output(id: string | null, input: AnswerInput) {
  const analysis = analyzeAnswer(input);
  return {
    id,
    labels: Object.fromEntries(answerLabels.map((label) => [label, analysis.labels[label].value])),
    evidence: Object.fromEntries(
      answerLabels.map((label) => [label, analysis.labels[label].evidence]),
    ),
  };
}

/** Runs `seleksi analyze`; returns the exit code (1 when any input was bad). */
export function runAnalyze(
  argv: string[],
  write: (line: string) => void,
  warn: (line: string) => void,
): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      lang: { type: 'string' },
      stage: { type: 'string' },
      question: { type: 'string' },
      answer: { type: 'string' },
      'answer-file': { type: 'string' },
      'job-terms': { type: 'string' },
      jsonl: { type: 'string' },
    },
    strict: true,
  });
  if (values.jsonl) {
    let failures = 0;
    readFileSync(values.jsonl, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (!text.trim()) return;
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          failures++;
          warn(
            JSON.stringify({
              id: null,
              line: index + 1,
              field: 'record',
              message: 'Malformed JSON.',
            }),
          );
          return;
        }
        const input = recordToInput(record, index + 1);
        if ('field' in input) {
          failures++;
          warn(JSON.stringify(input));
          return;
        }
        const id = (record as { id?: unknown }).id;
        write(JSON.stringify(output(id === undefined ? null : String(id), input)));
      });
    return failures ? 1 : 0;
  }
  const answer = values['answer-file']
    ? readFileSync(values['answer-file'], 'utf8')
    : values.answer;
  const input = recordToInput(
    {
      lang: values.lang,
      stage: values.stage,
      question: values.question ?? '',
      answer,
      jobTerms:
        values['job-terms']
          ?.split(',')
          .map((term) => term.trim())
          .filter(Boolean) ?? [],
    },
    1,
  );
  if ('field' in input) {
    warn(`${input.field}: ${input.message}\n\n${analyzeUsage}`);
    return 1;
  }
  write(JSON.stringify({ ...analyzeAnswer(input) }, null, 2));
  return 0;
}
