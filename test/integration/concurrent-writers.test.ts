/**
 * A crowd of writers on one model (issue 11.10): 16 promotions of one model to one environment at once
 * all finish (each lost compare-and-swap re-reads and backs off with jitter) instead of giving up, and the
 * registry ends with one open request holding exactly one commit over main.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initRegistry } from '../../src/forge/local.js';
import { openPromotion } from '../../src/promote/execute.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { RegistryConfig, type VersionRecord } from '../../src/registry/schemas.js';
import { tempDir } from '../support/registry.js';

let parent = '';
afterEach(async () => {
  if (parent) await rm(parent, { recursive: true, force: true });
});

const WRITERS = 16;

describe('many writers at once', () => {
  it(`${WRITERS} promotions of one model to one environment at once all finish, leaving one request`, async () => {
    parent = await tempDir('dhow-crowd-');
    const config = RegistryConfig.parse({ apiVersion: 'dhow.dev/v1', kind: 'Registry', environments: [{ name: 'dev', approvals: 0 }] });
    const forge = await initRegistry(join(parent, 'registry'), config, { identity: { name: 'dhow-test' } });
    // All versions registered in one commit: the race under test is the promotions'.
    const versions = Array.from({ length: WRITERS }, (_, i) => `v${i + 1}`);
    const records = versions.map((version): VersionRecord => ({
      apiVersion: 'dhow.dev/v1',
      kind: 'ModelVersion',
      model: 'm',
      version,
      artifact: { uri: `s3://bucket/m/${version}`, digest: `sha256:${createHash('sha256').update(version).digest('hex')}` },
      source: {},
      data: {},
      training: { mode: 'external' },
      parameters: {},
      metrics: {},
      serving: {},
      'created-by': 'ds',
      'created-at': '2026-11-01T08:00:00Z',
    }));
    await forge.commitFiles({
      branch: 'main',
      expectedHead: await forge.branchHead('main'),
      changes: [
        { path: 'models/m/model.yaml', content: serializeRegistryFile({ apiVersion: 'dhow.dev/v1', kind: 'Model', name: 'm', owners: ['ds'], language: [] }) },
        ...records.map((r) => ({ path: `models/m/versions/${r.version}.yaml`, content: serializeRegistryFile(r) })),
      ],
      message: 'Register m v1..v16',
    });

    const results = await Promise.allSettled(
      versions.map((version) => openPromotion(forge, { model: 'm', version, environment: 'dev' }, { by: `writer-${version}` })),
    );
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message)] : []));
    expect(failures).toEqual([]);

    const open = await forge.listRequests('open');
    expect(open.map((r) => r.branch)).toEqual(['dhow/promote/dev/m']);
    const ahead = await forge.git.text(['rev-list', '--count', 'refs/heads/main..refs/heads/dhow/promote/dev/m']);
    expect(ahead.trim()).toBe('1');
  }, 900_000); // sixteen writers of real git on a shared 2-core machine; it waits on states, never on time
});
