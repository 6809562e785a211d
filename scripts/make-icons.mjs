// Draws Spor's home-screen icons (a plain sheet of notes: nothing on the phone hints at what the app is for)
// with ImageMagick's `convert`. Run `node scripts/make-icons.mjs` after changing the mark; the PNGs are committed.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
const background = '#1f5f8b';
const sheet = '#ffffff';
const lines = '#1f5f8b';

/** The mark in a 100-unit square; all of it lies inside the maskable safe zone (a circle of radius 40). */
function markCommands(scale) {
  const at = (value) => Math.round(value * scale);
  const box = (x1, y1, x2, y2, radius) => `roundrectangle ${at(x1)},${at(y1)} ${at(x2)},${at(y2)} ${at(radius)},${at(radius)}`;
  return [
    '-fill', sheet, '-draw', box(31, 22, 69, 78, 6),
    '-fill', lines,
    '-draw', box(38, 35, 62, 39, 2),
    '-draw', box(38, 47, 62, 51, 2),
    '-draw', box(38, 59, 54, 63, 2),
  ];
}

/** `rounded`: the plain icon gets soft corners; maskable and Apple icons are full squares the system shapes itself. */
function draw(name, size, { rounded }) {
  const scale = size / 100;
  const base = rounded
    ? ['-size', `${size}x${size}`, 'xc:none', '-fill', background, '-draw', `roundrectangle 0,0 ${size - 1},${size - 1} ${Math.round(22 * scale)},${Math.round(22 * scale)}`]
    : ['-size', `${size}x${size}`, `xc:${background}`];
  execFileSync('convert', [...base, ...markCommands(scale), '-strip', '-define', 'png:compression-level=9', `${out}${name}`]);
}

draw('icon-192.png', 192, { rounded: true });
draw('icon-512.png', 512, { rounded: true });
draw('maskable-192.png', 192, { rounded: false });
draw('maskable-512.png', 512, { rounded: false });
draw('apple-touch-icon.png', 180, { rounded: false });
draw('favicon-32.png', 32, { rounded: true });
console.log(`icons written to ${out}`);
