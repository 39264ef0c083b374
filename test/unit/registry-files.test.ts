import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { parseRegistryFile, serializeRegistryFile } from '../../src/registry/files.js';
import { renderJsonSchemas } from '../../src/registry/json-schemas.js';
import type { VersionRecord } from '../../src/registry/schemas.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const versionYaml = (digest = DIGEST) => `apiVersion: dhow.dev/v1
kind: ModelVersion
model: m
version: v1
artifact:
  uri: s3://bucket/m/v1
  digest: ${digest}
created-by: noura
created-at: 2026-11-22T08:00:00Z
`;

function thrown(fn: () => unknown): DhowError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DhowError) return error;
    throw error;
  }
  throw new Error('expected a DhowError');
}

describe('registry files', () => {
  it('names the file, the field path and the line of a schema violation', () => {
    const error = thrown(() => parseRegistryFile('ModelVersion', 'models/m/versions/v1.yaml', versionYaml('sha256:xyz')));
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('artifact.digest');
    expect(error.line).toBe(7);
    expect(error.message).toBe('models/m/versions/v1.yaml:7, field "artifact.digest": must be "sha256:" followed by 64 lower-case hex digits');
  });

  it('refuses malformed YAML with its line', () => {
    const error = thrown(() => parseRegistryFile('Release', 'releases/dev/m.yaml', 'apiVersion: dhow.dev/v1\nkind: Release\nmodel: [m\n'));
    expect(error.code).toBe('invalid-input');
    expect(error.file).toBe('releases/dev/m.yaml');
    expect(error.message).toMatch(/malformed YAML/);
  });

  it('refuses a file of another kind', () => {
    const error = thrown(() => parseRegistryFile('Release', 'releases/dev/m.yaml', versionYaml()));
    expect(error.field).toBe('kind');
    expect(error.message).toMatch(/expected "Release", found "ModelVersion"/);
  });

  it('refuses unknown keys, naming them', () => {
    const error = thrown(() => parseRegistryFile('ModelVersion', 'v.yaml', versionYaml() + 'colour: blue\n'));
    expect(error.field).toBe('colour');
  });

  it('refuses names that could become paths', () => {
    const error = thrown(() => parseRegistryFile('ModelVersion', 'v.yaml', versionYaml().replace('version: v1', 'version: ../../x')));
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('version');
  });

  it('serializes deterministically: same object, same bytes, whatever the key order', () => {
    const record = parseRegistryFile('ModelVersion', 'v.yaml', versionYaml());
    const shuffled = Object.fromEntries(Object.entries({ ...record, metrics: { b: 2, a: 1 } }).reverse()) as VersionRecord;
    const ordered = { ...record, metrics: { a: 1, b: 2 } };
    expect(serializeRegistryFile(shuffled)).toBe(serializeRegistryFile(ordered));
    const text = serializeRegistryFile(ordered);
    expect(text.startsWith('apiVersion: dhow.dev/v1\nkind: ModelVersion\nmodel: m\nversion: v1\nartifact:\n')).toBe(true);
    expect(parseRegistryFile('ModelVersion', 'v.yaml', text)).toEqual(ordered);
  });

  it('keeps numeric-looking versions as strings through a round trip', () => {
    const record = parseRegistryFile('ModelVersion', 'v.yaml', versionYaml().replace('version: v1', 'version: "1.0"'));
    const text = serializeRegistryFile(record);
    // Read back by a plain YAML parser, not dhow's: an unquoted 1.0 would come back as the number 1.
    expect(parse(text).version).toBe('1.0');
    expect(parseRegistryFile('ModelVersion', 'v.yaml', text).version).toBe('1.0');
  });

  it('never serializes an invalid object', () => {
    const record = parseRegistryFile('ModelVersion', 'v.yaml', versionYaml());
    expect(() => serializeRegistryFile({ ...record, artifact: { ...record.artifact, digest: 'md5:1' } })).toThrow(DhowError);
  });
});

describe('JSON Schemas in policies/schemas/', () => {
  it('are what scripts/generate-schemas.ts writes from the zod schemas (run it when this fails)', () => {
    for (const [file, text] of Object.entries(renderJsonSchemas())) {
      const committed = readFileSync(new URL(`../../policies/schemas/${file}`, import.meta.url), 'utf8');
      expect(committed, `policies/schemas/${file} is stale: npx tsx scripts/generate-schemas.ts`).toBe(text);
    }
  });

  it('carry the name rules', () => {
    const schema = JSON.parse(renderJsonSchemas()['release.schema.json']!);
    expect(schema.properties.model.pattern).toBe('^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$');
    expect(schema.required).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'model', 'environment', 'version', 'digest']));
  });
});

describe('registry YAML from outside is parsed strictly (issue 11.7, 11.8, 11.10)', () => {
  const refusal = (text: string) => {
    try {
      parseRegistryFile('ModelVersion', 'models/m/versions/v1.yaml', text);
    } catch (error) {
      expect(error).toBeInstanceOf(DhowError);
      return (error as DhowError).message;
    }
    throw new Error('expected a refusal');
  };
  // 9^8 = 43 million strings if expanded: the yaml library's default would throw a bare ReferenceError.
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
  ].join('\n');

  it('refuses an alias bomb naming the file', () => {
    expect(refusal(`${versionYaml()}${bomb}\n`)).toMatch(/^models\/m\/versions\/v1\.yaml: uses more than 100 YAML aliases/);
  });
  it('refuses an unknown tag instead of reading it as a string', () => {
    expect(refusal(versionYaml().replace('model: m', 'model: !foo m'))).toMatch(/^models\/m\/versions\/v1\.yaml:\d+: malformed YAML: Unresolved tag: !foo/);
  });
  it('refuses text decoded from invalid UTF-8', () => {
    const decoded = Buffer.concat([Buffer.from(versionYaml()), Buffer.from('description: "'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]).toString('utf8');
    expect(refusal(decoded)).toMatch(/not valid UTF-8/);
  });
  it('refuses a file over 1 MiB before parsing it, and never writes one', () => {
    expect(refusal(`${versionYaml()}description: "${'x'.repeat(1024 * 1024)}"\n`)).toMatch(/is 10\d{5} bytes; a registry file may have at most 1048576/);
    const record = parse(versionYaml()) as VersionRecord;
    expect(() => serializeRegistryFile({ ...record, parameters: { blob: 'y'.repeat(1024 * 1024) } })).toThrow(/at most 1048576/);
  });
});
