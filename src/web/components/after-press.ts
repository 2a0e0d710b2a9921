// Whether a mouse button or finger is down anywhere on the page right now.
let pressed = false;
if (typeof document !== 'undefined') {
  const release = () => {
    pressed = false;
  };
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/**
 * Runs `show` now, or, when focus left a field because of a press elsewhere, once that press has
 * ended and its click has landed. A message shown on blur pushes down what lies under the finger
 * between the press and the release, and the tap (on "Onsite" under a date, say) then misses.
 */
export function afterPress(show: () => void): void {
  if (!pressed) {
    show();
    return;
  }
  const ended = () => {
    document.removeEventListener('pointerup', ended, true);
    document.removeEventListener('pointercancel', ended, true);
    // The click follows the release in the same turn: let it land first.
    setTimeout(show, 0);
  };
  document.addEventListener('pointerup', ended, true);
  document.addEventListener('pointercancel', ended, true);
}
