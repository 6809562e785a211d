// Debian's chromium, as every browser test and benchmark launches it. The flags keep Chromium from calling home,
// which this machine's closed network would refuse anyway (and which would count as requests leaving the app).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
