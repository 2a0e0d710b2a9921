import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A stopwatch against the planned duration; it lives in the page only. */
export function InterviewTimer({ plannedMinutes }: { plannedMinutes: number }) {
  const { t } = useI18n();
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const started = Date.now() - elapsed * 1000;
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
    // Restart only when toggled, not every second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running]);
  const minutes = Math.floor(elapsed / 60);
  const seconds = String(elapsed % 60).padStart(2, '0');
  const over = elapsed > plannedMinutes * 60;
  return (
    <div
      className={`timer${over ? ' timer--over' : ''}`}
      role="timer"
      aria-label={t('interview.timer')}
    >
      <span className="timer__time">
        {minutes}:{seconds}
      </span>
      <span className="muted">{t('interview.planned', { minutes: plannedMinutes })}</span>
      <button className="button button--small" type="button" onClick={() => setRunning(!running)}>
        {t(running ? 'interview.timerPause' : 'interview.timerStart')}
      </button>
      <button
        className="button button--small button--quiet"
        type="button"
        onClick={() => {
          setRunning(false);
          setElapsed(0);
        }}
      >
        {t('interview.timerReset')}
      </button>
    </div>
  );
}
