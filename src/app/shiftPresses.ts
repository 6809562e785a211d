// GOV.UK's "Exit this page" gesture: Shift pressed and released on its own three times within five seconds.
// Any other key resets the count, and a Shift held for a capital letter is not a press, so typing never triggers it.
export const pressesToExit = 3;
export const pressWindowMs = 5000;

export interface ShiftPressCounter {
  keydown(key: string): void;
  keyup(key: string): void;
}

export function countShiftPresses(onThird: () => void, now: () => number = Date.now): ShiftPressCounter {
  let count = 0;
  let firstAt = 0;
  let usedWithOtherKey = false;
  return {
    keydown(key) {
      if (key === 'Shift') {
        usedWithOtherKey = false;
        return;
      }
      usedWithOtherKey = true;
      count = 0;
    },
    keyup(key) {
      if (key !== 'Shift' || usedWithOtherKey) return;
      const at = now();
      if (count === 0 || at - firstAt > pressWindowMs) {
        count = 0;
        firstAt = at;
      }
      count += 1;
      if (count === pressesToExit) {
        count = 0;
        onThird();
      }
    },
  };
}
