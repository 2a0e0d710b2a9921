import type { ReactNode } from 'react';

/**
 * A list of lines the form grows and shrinks (the allowances, the other benefits): each line's
 * fields, a remove button named for its line, an add button, and what to say when it is empty.
 */
export function OfferLines<Line extends { key: number }>({
  lines,
  onLines,
  newLine,
  children,
  texts,
  lineClassName = 'offer-lines__line',
}: {
  lines: Line[];
  onLines(lines: Line[]): void;
  newLine(): Line;
  /** The fields of one line; `change` replaces it. */
  children(line: Line, index: number, change: (changed: Partial<Line>) => void): ReactNode;
  texts: { remove: string; removeLine(n: number): string; add: string; empty?: string };
  lineClassName?: string;
}) {
  const change = (key: number) => (changed: Partial<Line>) =>
    onLines(lines.map((line) => (line.key === key ? { ...line, ...changed } : line)));
  return (
    <>
      {lines.length === 0 && texts.empty && <p className="muted">{texts.empty}</p>}
      {lines.map((line, index) => (
        <div key={line.key} className={lineClassName}>
          {children(line, index, change(line.key))}
          <button
            type="button"
            className="button button--small button--quiet offer-lines__remove"
            aria-label={texts.removeLine(index + 1)}
            onClick={() => onLines(lines.filter((other) => other.key !== line.key))}
          >
            {texts.remove}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => onLines([...lines, newLine()])}
      >
        {texts.add}
      </button>
    </>
  );
}
