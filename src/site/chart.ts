/**
 * The site's charts: metrics across versions, and each environment's gate values against their thresholds,
 * drawn with Apache ECharts (a well-kept library with server-side rendering) at BUILD time into static
 * inline SVG. Why this way: the page carries no charting script and makes no request (its CSP forbids
 * both), the charts show with scripts off, and the same snapshot gives the same bytes (no animation, no
 * clock, and zrender's per-process element ids renamed per chart). ECharts is imported only when a site
 * is built (loadChartRenderer), so the CLI's other commands never load it. Each chart keeps a text
 * alternative (role="img", an aria-label and a <title>); the tables beside it hold every value.
 */
import type { GateResults, VersionRecord } from '../registry/schemas.js';
import { escapeHtml as e } from './html.js';

const WIDTH = 560;
const HEIGHT = 220;

/** One line of a chart: a value per x label (null where it has none); dashed for thresholds. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  dashed?: boolean;
}

export interface ChartSpec {
  /** Unique on its page: prefixes the SVG's element ids. */
  id: string;
  caption: string;
  /** The text alternative: what the chart shows, in words. */
  label: string;
  x: string[];
  series: ChartSeries[];
}

/** Renders a chart to an inline SVG string; made by loadChartRenderer. */
export type ChartRenderer = (chart: ChartSpec) => string;

// Colours with at least 3:1 contrast on white (WCAG 1.4.11, non-text contrast).
const PALETTE = ['#0a5c8a', '#a4161a', '#0f6b2f', '#7a4a00', '#5b2a86', '#1b1f24', '#8a3b12', '#2f4b7c'];

/** Imports ECharts (its core, the line chart and the SVG renderer only) and returns a renderer. */
export async function loadChartRenderer(): Promise<ChartRenderer> {
  const [echarts, { LineChart }, { GridComponent, LegendComponent }, { SVGRenderer }] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  echarts.use([LineChart, GridComponent, LegendComponent, SVGRenderer]);
  return (chart) => {
    const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
    try {
      instance.setOption({
        animation: false,
        color: PALETTE,
        textStyle: { fontFamily: 'system-ui, sans-serif', color: '#1b1f24' },
        grid: { left: 56, right: 16, top: 36, bottom: 28 },
        legend: { top: 4, textStyle: { color: '#1b1f24' } },
        xAxis: { type: 'category', data: chart.x, axisLabel: { color: '#4d5560' } },
        yAxis: { type: 'value', scale: true, axisLabel: { color: '#4d5560' } },
        series: chart.series.map((s) => ({
          type: 'line',
          name: s.name,
          data: s.values,
          silent: true,
          // Points only where there are few; a line of thousands of markers says nothing more.
          showSymbol: chart.x.length <= 40,
          connectNulls: true,
          ...(s.dashed ? { lineStyle: { type: 'dashed' }, step: 'middle' } : {}),
        })),
      });
      return withTextAlternative(instance.renderToSVGString(), chart);
    } finally {
      // Without it the instance keeps the process alive.
      instance.dispose();
    }
  };
}

/**
 * zrender numbers its ids and CSS classes per process (zr0-c0, zr1-cls-2): renamed per chart, numbered in
 * order of appearance, so the output depends on the snapshot alone.
 */
function withTextAlternative(svg: string, chart: ChartSpec): string {
  const prefix = `chart-${chart.id}-`;
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  // Focusable (tabindex), so a keyboard user reaches the chart and a screen reader reads its text alternative there.
  return svg
    .replace(/zr\d+-([a-z]+)-?(\d+)/g, (token, kind: string) => {
      let name = renamed.get(token);
      if (name === undefined) {
        const n = counts.get(kind) ?? 0;
        counts.set(kind, n + 1);
        renamed.set(token, (name = `${prefix}${kind}${n}`));
      }
      return name;
    })
    .replace(/^<svg /, `<svg role="img" tabindex="0" aria-label="${e(chart.label)}" `)
    .replace(/^(<svg[^>]*>)/, `$1<title>${e(chart.label)}</title>`);
}

const figure = (svg: string, caption: string) => `<figure>${svg}<figcaption>${e(caption)}</figcaption></figure>`;

const range = (values: number[]) => `between ${Math.min(...values)} and ${Math.max(...values)}`;

/** Metrics across versions (oldest first): one line per metric, on one chart. */
export function metricsChart(render: ChartRenderer, versions: VersionRecord[], metrics: string[]): string {
  const series = metrics
    .map((metric) => ({ name: metric, values: versions.map((v) => v.metrics[metric] ?? null) }))
    .filter((s) => s.values.filter((v) => v !== null).length >= 2);
  if (series.length === 0) return '';
  const words = series.map((s) => {
    const known = s.values.flatMap((v, i) => (v === null ? [] : [[versions[i]!.version, v] as const]));
    return `${s.name} from ${known[0]![0]} (${known[0]![1]}) to ${known.at(-1)![0]} (${known.at(-1)![1]}), ${range(known.map(([, v]) => v))}`;
  });
  const svg = render({
    id: 'metrics',
    caption: 'Metrics by version',
    label: `Metrics across ${versions.length} versions: ${words.join('; ')}`,
    x: versions.map((v) => v.version),
    series,
  });
  return `<h3>Metrics across versions · <span lang="ar" dir="rtl">المقاييس عبر الإصدارات</span></h3>${figure(svg, 'Metrics by version')}`;
}

/** The gate results of each version in one environment (null: none recorded there). */
export interface EnvironmentGateSeries {
  environment: string;
  /** Parallel to the versions given to gateCharts. */
  results: (GateResults | null)[];
}

/**
 * Per environment, each gate's measured value across versions against its threshold (dashed): what the
 * promotion in that environment was judged on. Gates without a number (residency) have no line.
 */
export function gateCharts(render: ChartRenderer, versions: VersionRecord[], perEnvironment: EnvironmentGateSeries[]): string {
  const charts = perEnvironment.flatMap(({ environment, results }) => {
    const keys = [...new Set(results.flatMap((r) => (r?.summary ?? []).filter((g) => g.value != null).map((g) => gateKey(g))))].sort();
    if (keys.length === 0) return [];
    const row = (r: GateResults | null, key: string) => r?.summary.find((g) => gateKey(g) === key) ?? null;
    const series: ChartSeries[] = keys.flatMap((key) => {
      const values = results.map((r) => row(r, key)?.value ?? null);
      const thresholds = results.map((r) => row(r, key)?.threshold ?? null);
      return [{ name: key, values }, ...(thresholds.some((t) => t !== null) ? [{ name: `${key} threshold`, values: thresholds, dashed: true }] : [])];
    });
    // In words: the first and last judged version, and which ones failed (not every point: 10,000 versions).
    const words = keys.map((key) => {
      const known = results.flatMap((r, i) => {
        const g = row(r, key);
        return g?.value != null ? [{ version: versions[i]!.version, g }] : [];
      });
      const say = ({ version, g }: (typeof known)[number]) =>
        `${version} ${g.value}${g.threshold != null ? ` (threshold ${g.threshold}, ${g.verdict})` : ` (${g.verdict})`}`;
      const failed = known.filter((k) => k.g.verdict === 'fail').map((k) => k.version);
      // One version: its value once, not "from v3 … to v3 …" (a screen reader reads every word).
      const span = known.length === 1 ? say(known[0]!) : `from ${say(known[0]!)} to ${say(known.at(-1)!)}`;
      return `${key} in ${known.length} version${known.length === 1 ? '' : 's'}, ${span}; ${failed.length ? `failed: ${failed.slice(0, 10).join(', ')}${failed.length > 10 ? ` and ${failed.length - 10} more` : ''}` : 'none failed'}`;
    });
    const caption = `Gate values against thresholds in ${environment}`;
    return [
      figure(render({ id: `gates-${environment}`, caption, label: `${caption}. ${words.join('; ')}`, x: versions.map((v) => v.version), series }), caption),
    ];
  });
  return charts.length ? `<h3>Gates against thresholds · <span lang="ar" dir="rtl">البوابات مقابل العتبات</span></h3>${charts.join('')}` : '';
}

/** A gate's line name: the gate, and its metric when the gate is named otherwise ("accuracy", "latency-p99 p99"). */
const gateKey = (g: { gate: string; metric?: string | undefined }) => (g.metric && g.metric !== g.gate ? `${g.gate} ${g.metric}` : g.gate);
