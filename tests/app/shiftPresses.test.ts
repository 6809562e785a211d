import { describe, expect, it } from 'vitest';
import { countShiftPresses } from '../../src/app/shiftPresses';

function keyboard() {
  let clock = 0;
  let exits = 0;
  const counter = countShiftPresses(() => exits++, () => clock);
  return {
    shift(times = 1) {
      for (let press = 0; press < times; press++) {
        counter.keydown('Shift');
        counter.keyup('Shift');
        clock += 300;
      }
    },
    type(text: string) {
      for (const letter of text) {
        const capital = letter !== letter.toLowerCase();
        if (capital) counter.keydown('Shift');
        counter.keydown(letter);
        counter.keyup(letter);
        if (capital) counter.keyup('Shift');
        clock += 150;
      }
    },
    wait(ms: number) {
      clock += ms;
    },
    exits: () => exits,
  };
}

describe('Shift pressed three times', () => {
  it('exits on the third press, once', () => {
    const keys = keyboard();
    keys.shift(2);
    expect(keys.exits()).toBe(0);
    keys.shift();
    expect(keys.exits()).toBe(1);
    keys.shift(2);
    expect(keys.exits()).toBe(1);
  });

  it('does not exit while typing capitals, even three in a row', () => {
    const keys = keyboard();
    keys.type('ABC Nørrebro OK');
    expect(keys.exits()).toBe(0);
  });

  it('starts over when another key comes between the presses', () => {
    const keys = keyboard();
    keys.shift(2);
    keys.type('a');
    keys.shift(2);
    expect(keys.exits()).toBe(0);
    keys.shift();
    expect(keys.exits()).toBe(1);
  });

  it('counts presses after ordinary typing', () => {
    const keys = keyboard();
    keys.type('hej');
    keys.shift(3);
    expect(keys.exits()).toBe(1);
  });

  it('starts over when the three presses take longer than five seconds', () => {
    const keys = keyboard();
    keys.shift(2);
    keys.wait(5000);
    keys.shift();
    expect(keys.exits()).toBe(0);
    keys.shift(2);
    expect(keys.exits()).toBe(1);
  });
});
