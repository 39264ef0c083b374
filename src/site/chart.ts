/**
 * Metrics across versions as an inline SVG line chart, one small multiple per metric. Hand-written rather
 * than a charting library: the site must make no request and stay small at 10,000 versions, and a few
 * polylines need no dependency. Each chart carries a text alternative (role="img" and a title).
 */
import type { VersionRecord } from '../registry/schemas.js';
import { escapeHtml as e } from './html.js';

const W = 320;
const H = 120;
const PAD = 28;

export function metricsChart(versions: VersionRecord[], metrics: string[]): string {
  const charts = metrics
    .map((metric) => {
      const points = versions.map((v, i) => [i, v.metrics[metric]] as const).filter((p): p is readonly [number, number] => p[1] !== undefined);
      if (points.length < 2) return '';
      const values = points.map(([, y]) => y);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      const x = (i: number) => PAD + (i / Math.max(1, versions.length - 1)) * (W - 2 * PAD);
      const y = (v: number) => (hi === lo ? H / 2 : H - PAD / 2 - ((v - lo) / (hi - lo)) * (H - PAD));
      const line = points.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      const first = versions[points[0]![0]]!.version;
      const last = versions[points.at(-1)![0]]!.version;
      const label = `${metric} from ${first} (${points[0]![1]}) to ${last} (${points.at(-1)![1]}), between ${lo} and ${hi}`;
      return `<figure><svg role="img" aria-label="${e(label)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><title>${e(label)}</title><polyline fill="none" stroke="#0a5c8a" stroke-width="2" points="${line}"/><text x="2" y="12">${e(String(hi))}</text><text x="2" y="${H - 4}">${e(String(lo))}</text></svg><figcaption>${e(metric)} by version</figcaption></figure>`;
    })
    .filter(Boolean);
  return charts.length ? `<h3>Metrics across versions</h3><div class="filters">${charts.join('')}</div>` : '';
}
