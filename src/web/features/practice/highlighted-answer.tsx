import type { ReactNode } from 'react';
import type { Evidence } from '../../../domain/coach/answer-analysis';

export interface Mark extends Evidence {
  tone: 'good' | 'bad' | 'filler' | 'focus';
  title: string;
}

/** The answer as typed, with the evidence spans marked; overlapping spans keep the first. */
export function HighlightedAnswer({ answer, marks }: { answer: string; marks: Mark[] }) {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const mark of sorted) {
    if (mark.start < cursor || mark.end > answer.length) continue;
    if (mark.start > cursor) parts.push(answer.slice(cursor, mark.start));
    parts.push(
      <mark
        key={`${mark.start}-${mark.end}`}
        className={`evidence evidence--${mark.tone}`}
        title={mark.title}
      >
        {answer.slice(mark.start, mark.end)}
      </mark>,
    );
    cursor = mark.end;
  }
  parts.push(answer.slice(cursor));
  return <p className="highlighted-answer prewrap">{parts}</p>;
}
