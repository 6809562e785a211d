// The loud alarm tone: a two-tone siren made by Web Audio on the phone itself (no sound file, works offline).

let playing: { stop: () => void } | undefined;

/** Starts the siren (770 and 960 Hz, switching twice a second); a second call while it plays does nothing. */
export function startTone(): void {
  if (playing || typeof AudioContext === 'undefined') return;
  const context = new AudioContext();
  const siren = context.createOscillator();
  siren.type = 'square';
  siren.frequency.value = 865;
  // A slow square wave added to the pitch moves it between 865 - 95 and 865 + 95 Hz.
  const switcher = context.createOscillator();
  switcher.type = 'square';
  switcher.frequency.value = 1;
  const swing = context.createGain();
  swing.gain.value = 95;
  switcher.connect(swing).connect(siren.frequency);
  const volume = context.createGain();
  volume.gain.value = 0.9;
  siren.connect(volume).connect(context.destination);
  siren.start();
  switcher.start();
  // Autoplay rules may hold the sound until the finger leaves the screen: try again then.
  const resume = () => void context.resume().catch(() => undefined);
  resume();
  document.addEventListener('pointerup', resume, { once: true });
  document.addEventListener('keyup', resume, { once: true });
  playing = {
    stop: () => {
      document.removeEventListener('pointerup', resume);
      document.removeEventListener('keyup', resume);
      void context.close().catch(() => undefined);
    },
  };
}

export function stopTone(): void {
  playing?.stop();
  playing = undefined;
}
