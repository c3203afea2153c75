// The scale curve as a small standalone SVG: milliseconds per MB against the number of entities
// (log scale), ours and the RegExp alternation's.
import type { ScaleRow } from './scale';

const WIDTH = 560;
const HEIGHT = 320;
const PAD = { left: 64, right: 130, top: 24, bottom: 48 };

export function scaleChart(rows: ScaleRow[]): string {
  const msPerMB = (mbps: number) => 1000 / mbps;
  const series = [
    { label: 'Backstory matcher', color: '#2563eb', values: rows.map((r) => msPerMB(r.oursMBps)) },
    { label: 'RegExp alternation', color: '#b45309', values: rows.map((r) => msPerMB(r.regexMBps)) },
  ];
  const all = series.flatMap((s) => s.values);
  const yMax = Math.log10(Math.max(...all) * 2);
  const yMin = Math.log10(Math.min(...all) / 2);
  const xs = rows.map((r) => Math.log10(r.entities));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const x = (v: number) => PAD.left + ((v - xMin) / (xMax - xMin || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - ((Math.log10(v) - yMin) / (yMax - yMin)) * (HEIGHT - PAD.top - PAD.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${PAD.left}" y="16" font-weight="bold">Time to scan 1 MB of text (ms, log scale) by index size</text>`,
    `<line x1="${PAD.left}" y1="${HEIGHT - PAD.bottom}" x2="${WIDTH - PAD.right}" y2="${HEIGHT - PAD.bottom}" stroke="#333"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${HEIGHT - PAD.bottom}" stroke="#333"/>`,
  ];
  rows.forEach((r, i) => {
    out.push(`<text x="${x(xs[i]!)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${r.entities.toLocaleString('en')}</text>`);
  });
  out.push(`<text x="${(PAD.left + WIDTH - PAD.right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">entities in the index</text>`);
  for (let p = Math.ceil(yMin); p <= Math.floor(yMax); p++) {
    out.push(`<text x="${PAD.left - 6}" y="${y(10 ** p) + 4}" text-anchor="end">${10 ** p}</text>`);
    out.push(`<line x1="${PAD.left}" y1="${y(10 ** p)}" x2="${WIDTH - PAD.right}" y2="${y(10 ** p)}" stroke="#ddd"/>`);
  }
  series.forEach((s, k) => {
    const points = s.values.map((v, i) => `${x(xs[i]!).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    out.push(`<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    s.values.forEach((v, i) => out.push(`<circle cx="${x(xs[i]!).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"/>`));
    out.push(`<text x="${WIDTH - PAD.right + 8}" y="${PAD.top + 16 + k * 18}" fill="${s.color}">${s.label}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
