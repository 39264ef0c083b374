/**
 * The plain YAML reader against the yaml library itself (the reference): for every text it reads, it must give
 * exactly what `yaml.parse` gives; for everything else it must decline (undefined), never guess.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parsePlainYaml } from '../../src/registry/plain-yaml.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { defaultRegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';

/** Either declines or agrees with the yaml library, to the sign of zero. */
function agreesOrDeclines(text: string): 'read' | 'declined' {
  const plain = parsePlainYaml(text);
  if (plain === undefined) return 'declined';
  expect(plain).toStrictEqual(parse(text, { uniqueKeys: true }));
  return 'read';
}

const record: VersionRecord = {
  apiVersion: 'dhow.dev/v1',
  kind: 'ModelVersion',
  model: 'arabic-sentiment',
  version: '1.4.0',
  artifact: { uri: 's3://models-me-central-1/arabic-sentiment/1.4.0/model.safetensors', digest: `sha256:${'ab'.repeat(32)}`, size: 1_000_001 },
  source: { repository: 'acme/models', commit: 'a'.repeat(40) },
  data: {},
  training: { mode: 'external' },
  parameters: { epochs: 3, lr: 0.0001, tiny: 1e-7, big: 1e21, negative: -2.5, zero: 0, name: 'ar-bert', flag: 'true' },
  metrics: { accuracy: 0.9, 'macro-f1': 0.88 },
  serving: { memory: '8Gi' },
  'created-by': 'noura',
  'created-at': '2026-11-22T08:00:00Z',
};

describe('plain YAML reader', () => {
  it('reads the files dhow writes exactly as the yaml library does', () => {
    const release: ReleaseFile = {
      apiVersion: 'dhow.dev/v1',
      kind: 'Release',
      model: 'arabic-sentiment',
      environment: 'production',
      version: '1.4.0',
      digest: `sha256:${'ab'.repeat(32)}`,
      previous: '1.3.0',
      'last-known-good': '1.3.0',
      holds: [{ version: '1.2.0', reason: 'bias: fails "fairness" on dialect Gulf # not a comment', by: 'amal', at: '2026-11-20T10:00:00Z' }],
      'promoted-by': 'noura',
      'promoted-at': '2026-11-22T08:00:00Z',
    };
    for (const text of [serializeRegistryFile(defaultRegistryConfig()), serializeRegistryFile(record), serializeRegistryFile(release)]) {
      expect(agreesOrDeclines(text)).toBe('read');
    }
  });

  it('agrees on every scalar it reads and declines the spellings it does not', () => {
    const values: unknown[] = [
      'true',
      'True',
      'FALSE',
      'yes',
      'no',
      'on',
      'null',
      '~',
      'Null',
      '',
      ' lead',
      'trail ',
      'a: b',
      'a:b',
      'a #b',
      'a#b',
      '#x',
      '- x',
      '-x',
      '-1',
      '+1',
      '007',
      '0x1F',
      '0o17',
      '.5',
      '1.',
      '1e3',
      '1E3',
      '.inf',
      '-.inf',
      '.nan',
      '1_000',
      '12345678901234567890',
      '2026-11-22',
      '2026-11-22T08:00:00Z',
      's3://bucket/path',
      'http://127.0.0.1:9090/graph?g0.expr=x',
      "it's",
      'say "hi"',
      'back\\slash',
      'tab\there',
      'line\nbreak',
      'ünïcödé',
      'عربي',
      '[a]',
      '{a: 1}',
      '*alias',
      '&anchor',
      '!tag',
      '|',
      '>',
      '%',
      '@',
      '`',
      '?',
      ',',
      'a, b',
      0,
      -0,
      1,
      -1,
      0.5,
      -0.25,
      1e-7,
      1e21,
      123456789012345,
      2 ** 53,
      3.141592653589793,
      true,
      false,
      null,
      [],
      {},
      ['x', 1],
      { nested: { deep: [] } },
    ];
    const read = new Set<string>();
    for (const value of values) {
      for (const text of [stringify({ key: value }, { lineWidth: 0, indentSeq: true }), stringify({ list: [value, { inner: value }] }, { lineWidth: 0 })]) {
        if (agreesOrDeclines(text) === 'read') read.add(text);
      }
    }
    // It reads most of them: a reader that declines everything would pass the agreement above.
    expect(read.size).toBeGreaterThan(values.length);
  });

  it('declines what it cannot be sure of', () => {
    for (const text of [
      'a: 1\na: 2\n', // duplicate key
      'a: &x 1\nb: *x\n', // anchor and alias
      'a: !!str 1\n', // tag
      'a: |\n  text\n', // block scalar
      'a: one\n  two\n', // multi-line plain scalar
      'a: "one\n  two"\n', // multi-line quoted scalar
      'a: [1, 2]\n', // flow sequence
      '---\na: 1\n', // document marker
      '- a\n- b\n', // not a mapping
      'a:\tb\n', // tab
      'a: "\\x41"\n', // a YAML-only escape
      '__proto__: {}\n',
      'true: 1\n', // a key that is not a string
      'a: b: c\n',
      'a:  b\n',
    ]) {
      expect(parsePlainYaml(text), text).toBeUndefined();
      expect(agreesOrDeclines(text)).toBe('declined');
    }
  });

  it('agrees or declines on every kind of whitespace at either end of a line', () => {
    // JavaScript's trim and YAML disagree on what whitespace is (YAML: space and tab); the reader takes only spaces.
    const spaces = ['\u000b', '\u000c', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u001f'];
    let read = 0;
    for (const w of spaces) {
      for (const text of [`a: 1\n${w}b: 2\n`, `a: x${w}\nb: 2\n`, `a:\n  ${w}- x\n`, `a: 1\n${w}\nb: 2\n`, `${w}# note\na: 1\n`, `a: 1 ${w} \n`]) {
        if (agreesOrDeclines(text) === 'read') read++;
      }
    }
    expect(agreesOrDeclines('a: 1   \n   \nb:   \n  - x  \n')).toBe('read');
    expect(read).toBeGreaterThan(0); // U+0085 and U+001F are no whitespace to JavaScript or YAML: read as text
  });

  it('reads comments, compact sequences and sequence items that are mappings as the yaml library does', () => {
    const text = "# rendered by dhow\na:\n- x\n- y: 1\n  z:\n    - 2\n    -\n      deep: true\nb:\n  c: []\n  d: {}\n  e:\nf: 'it''s'\n";
    expect(agreesOrDeclines(text)).toBe('read');
  });
});
