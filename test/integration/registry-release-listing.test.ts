/**
 * RegistryReader.listReleases lists releases/ once where the forge lists trees (one git process, not one per
 * environment). The answer must be the one the per-environment directory listings give: the same forge's
 * listDirectory path, reached through a delegating forge without listTree, is the reference.
 */
import { describe, expect, it } from 'vitest';
import type { Forge } from '../../src/forge/forge.js';
import { openLocalForge } from '../../src/forge/local.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { RegistryReader } from '../../src/registry/store.js';
import { tempRegistry } from '../support/registry.js';

const release = (environment: string, model: string) =>
  serializeRegistryFile({
    apiVersion: 'dhow.dev/v1',
    kind: 'Release',
    model,
    environment,
    version: 'v1',
    digest: `sha256:${'ab'.repeat(32)}`,
    holds: [],
    'promoted-by': 'test',
    'promoted-at': '2026-11-22T08:00:00Z',
  });

/** The same forge without listTree: every read goes through listDirectory, per environment. */
function withoutListTree(forge: Forge): Forge {
  return new Proxy(forge, { get: (target, key) => (key === 'listTree' ? undefined : Reflect.get(target, key, target)) });
}

async function registryWith(files: [string, string][]): Promise<{ forge: Forge; head: string }> {
  const forge = await openLocalForge(await tempRegistry());
  const head = (await forge.branchHead('main'))!;
  const { sha } = await forge.commitFiles({
    branch: 'main',
    expectedHead: head,
    changes: files.map(([path, content]) => ({ path, content })),
    message: 'releases',
  });
  return { forge, head: sha };
}

describe('listReleases from one listing of releases/', () => {
  it('gives the per-environment answer: order of dhow.yaml, names sorted, other files and nested paths alike', async () => {
    const { forge, head } = await registryWith([
      ['releases/staging/zeta.yaml', release('staging', 'zeta')],
      ['releases/staging/alpha.yaml', release('staging', 'alpha')],
      ['releases/dev/mid.yaml', release('dev', 'mid')],
      ['releases/production/alpha.yaml', release('production', 'alpha')],
      ['releases/dev/notes.txt', 'not a release'],
      ['releases/dev/nested/deeper.yaml', release('dev', 'deeper')],
      ['releases/unlisted/x.yaml', release('dev', 'x')],
    ]);
    const fast = await new RegistryReader(forge, head).listReleases();
    const reference = await new RegistryReader(withoutListTree(forge), head).listReleases();
    expect(fast.map((r) => `${r.environment}/${r.model}`)).toEqual(['dev/mid', 'staging/alpha', 'staging/zeta', 'production/alpha']);
    expect(fast).toEqual(reference);
  });

  it('refuses a bad file name the same way', async () => {
    const { forge, head } = await registryWith([['releases/staging/Bad_Name.yaml', release('staging', 'alpha')]]);
    const failure = (reader: RegistryReader) =>
      reader.listReleases().then(
        () => null,
        (error: unknown) => error as Error,
      );
    const reference = await failure(new RegistryReader(withoutListTree(forge), head));
    expect(reference?.message).toContain('"Bad_Name.yaml" is not a valid model file name');
    expect(await failure(new RegistryReader(forge, head))).toEqual(reference);
  });
});
