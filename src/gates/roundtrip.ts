/**
 * The encoding round trip: Arabic with diacritics goes to a serving endpoint that echoes it, and the same
 * UTF-8 bytes must come back. It catches servers that re-encode (Latin-1, CP1256), normalize (NFC composes
 * alef + combining hamza into U+0623), strip diacritics or drop characters.
 */
import { DhowError } from '../errors.js';

/**
 * The default texts: full diacritics (fatha, kasra, damma, sukun, shadda, tanween), a dagger alef (U+0670),
 * alef wasla (U+0671), tatweel, Arabic-Indic digits, and an alef followed by a combining hamza above
 * (U+0627 U+0654) that NFC would turn into U+0623.
 */
export const ROUND_TRIP_TEXTS: readonly string[] = [
  'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ',
  'ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ',
  'إِنَّ مَعَ ٱلْعُسْرِ يُسْرًا',
  'مُدَرِّسَةٌ فِي الدَّوْحَةِ مُنْذُ ١٤٤٥ هـ',
  'كتـــــاب جَمِيلٌ',
  'ا\u0654حمد',
];

export interface RoundTripSettings {
  url: string;
  mode: 'json' | 'raw';
  'request-field': string;
  'response-field': string;
  texts?: readonly string[];
  'timeout-ms': number;
}

export interface RoundTripMismatch {
  index: number;
  sent: string;
  received: string | null;
  why: string;
}

export interface RoundTripResult {
  sent: number;
  mismatches: RoundTripMismatch[];
}

function field(value: unknown, path: string): unknown {
  let node = value;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function hex(bytes: Uint8Array, max = 24): string {
  const shown = [...bytes.slice(0, max)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return bytes.length > max ? `${shown} …` : shown;
}

/** Why two texts differ, in words a person can act on. */
export function describeDifference(sent: string, received: string): string {
  if (received === sent.normalize('NFC') && sent !== received) return 'the endpoint normalized the text to NFC';
  if (received === sent.normalize('NFKC') && sent !== received) return 'the endpoint normalized the text to NFKC';
  if (received === sent.replace(/[\u064B-\u0652\u0670]/g, '')) return 'the endpoint stripped the diacritics';
  if (received.includes('\uFFFD')) return 'the endpoint replaced characters with U+FFFD (it decoded the bytes with the wrong encoding)';
  if (Buffer.from(received, 'latin1').toString('utf8') === sent || /[\u00D8-\u00DB][\u0080-\u00BF]/.test(received))
    return 'the endpoint returned mojibake (UTF-8 read as Latin-1 or CP1256)';
  const a = new TextEncoder().encode(sent);
  const b = new TextEncoder().encode(received);
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return `the bytes differ from byte ${at}: sent ${hex(a.slice(at))}, received ${hex(b.slice(at))}`;
}

/** Sends every text and compares the echoed bytes. Connection failures are errors, not mismatches. */
export async function roundTrip(settings: RoundTripSettings): Promise<RoundTripResult> {
  const texts = settings.texts ?? ROUND_TRIP_TEXTS;
  const mismatches: RoundTripMismatch[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [index, text] of texts.entries()) {
    const body = settings.mode === 'json' ? JSON.stringify({ [settings['request-field']]: text }) : text;
    let response: Response;
    try {
      response = await fetch(settings.url, {
        method: 'POST',
        headers: { 'content-type': settings.mode === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(settings['timeout-ms']),
      });
    } catch (error) {
      throw new DhowError('invalid-input', `the round-trip endpoint ${settings.url} did not answer: ${(error as Error).message}`, {
        field: 'source.url',
        cause: error,
      });
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok) {
      mismatches.push({ index, sent: text, received: null, why: `HTTP ${response.status}` });
      continue;
    }
    let received: string;
    try {
      received = decoder.decode(bytes);
    } catch {
      mismatches.push({ index, sent: text, received: null, why: `the answer is not valid UTF-8: ${hex(bytes)}` });
      continue;
    }
    if (settings.mode === 'json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(received);
      } catch {
        mismatches.push({ index, sent: text, received, why: 'the answer is not JSON' });
        continue;
      }
      const echoed = field(parsed, settings['response-field']);
      if (typeof echoed !== 'string') {
        mismatches.push({ index, sent: text, received: null, why: `the answer has no string at "${settings['response-field']}"` });
        continue;
      }
      received = echoed;
    }
    if (Buffer.compare(Buffer.from(text, 'utf8'), Buffer.from(received, 'utf8')) !== 0) {
      mismatches.push({ index, sent: text, received, why: describeDifference(text, received) });
    }
  }
  return { sent: texts.length, mismatches };
}
