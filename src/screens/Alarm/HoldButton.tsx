import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';

/** How long the button must be held: long enough that a pocket or a stray tap does not start an alarm. */
export const holdMs = 1000;

interface HoldButtonProps {
  label: string;
  onHeld: () => void;
}

const holdKeys = ['Enter', ' '];
/** A finger that slides further than this while holding (a phone moving in a pocket) lets go of the alarm. */
const slideLimitPx = 40;

/**
 * Starts its action only after being held for a second, filling up as it is held; a short tap, a slide or letting go
 * early does nothing. Keyboards hold Enter or Space (each press starts once: repeats are ignored).
 */
export function HoldButton({ label, onHeld }: HoldButtonProps) {
  const [progress, setProgress] = useState(0);
  const hold = useRef<{ timer: number; frame: number }>();
  const pressedAt = useRef<{ x: number; y: number }>();

  const cancel = () => {
    if (!hold.current) return;
    clearTimeout(hold.current.timer);
    cancelAnimationFrame(hold.current.frame);
    hold.current = undefined;
    pressedAt.current = undefined;
    setProgress(0);
  };
  const begin = () => {
    if (hold.current) return;
    performance.mark('spor-alarm-hold-start');
    const start = performance.now();
    const tick = () => {
      setProgress(Math.min(1, (performance.now() - start) / holdMs));
      if (hold.current) hold.current.frame = requestAnimationFrame(tick);
    };
    hold.current = {
      frame: requestAnimationFrame(tick),
      // A timer, not the animation, decides: frames stop in a hidden page and may be throttled on a slow phone.
      timer: window.setTimeout(() => {
        cancel();
        onHeld();
      }, holdMs),
    };
  };
  useEffect(() => cancel, []);

  return (
    <button
      type="button"
      class={progress > 0 ? 'hold-button holding' : 'hold-button'}
      style={{ '--hold': String(progress) }}
      aria-describedby="alarm-hold-hint"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        // Held by this pointer even if something appears above and moves the button under the finger.
        event.currentTarget.setPointerCapture(event.pointerId);
        pressedAt.current = { x: event.clientX, y: event.clientY };
        begin();
      }}
      onPointerMove={(event) => {
        const from = pressedAt.current;
        if (from && Math.hypot(event.clientX - from.x, event.clientY - from.y) > slideLimitPx) cancel();
      }}
      onPointerUp={cancel}
      onPointerCancel={cancel}
      onBlur={cancel}
      onKeyDown={(event) => {
        if (!holdKeys.includes(event.key)) return;
        event.preventDefault(); // no click from Enter: only holding counts
        if (!event.repeat) begin();
      }}
      onKeyUp={(event) => {
        if (holdKeys.includes(event.key)) cancel();
      }}
      // A long press would otherwise open the phone's menu for the button.
      onContextMenu={(event) => event.preventDefault()}
    >
      <span class="hold-fill" aria-hidden="true" />
      <span class="hold-label">{progress > 0 ? t('alarm.hold.keep') : label}</span>
    </button>
  );
}
