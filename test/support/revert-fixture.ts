/**
 * A real local registry (bare git repository) for revert tests: staging then production, no approvals
 * needed, and versions promoted through the real promotion code at chosen times.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrailers } from '../../src/forge/forge.js';
import { initRegistry, type LocalForge } from '../../src/forge/local.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { mergePromotion } from '../../src/policy/merge.js';
import { openPromotion } from '../../src/promote/execute.js';
import { RegistryConfig, type ReleaseFile, type VersionRecord } from '../../src/registry/schemas.js';
import { registerVersion, RegistryReader } from '../../src/registry/store.js';
import type { DriftAlert } from '../../src/revert/payload.js';

export const MODEL = 'arabic-sentiment';
export const PRODUCTION = 'production';

export const digestOf = (version: string) => `sha256:${createHash('sha256').update(`weights of ${version}`).digest('hex')}`;

export interface RevertRegistry {
  dir: string;
  forge: LocalForge;
  register(version: string): Promise<void>;
  /** Promotes through staging to production, each merge stamped with `at`. */
  deploy(version: string, at: string): Promise<void>;
  /**
   * Writes the production release of `version` by hand (an imported registry): no promotion request, no
   * Dhow-Request trailer, no previous and no last known good version.
   */
  putLiveByHand(version: string, at: string): Promise<void>;
  release(environment?: string): Promise<ReleaseFile | null>;
  /** Commits on the default branch, newest first, with their trailers. */
  commits(): Promise<Array<{ sha: string; subject: string; trailers: Record<string, string> }>>;
  cleanup(): Promise<void>;
}

export async function createRevertRegistry(options: { mode?: 'direct' | 'pull-request' } = {}): Promise<RevertRegistry> {
  const parent = await mkdtemp(join(tmpdir(), 'dhow-revert-'));
  const dir = join(parent, 'registry');
  const config = RegistryConfig.parse({
    apiVersion: 'dhow.dev/v1',
    kind: 'Registry',
    environments: [
      { name: 'staging', approvals: 0 },
      { name: PRODUCTION, approvals: 0 },
    ],
    revert: { mode: options.mode ?? 'direct' },
  });
  const forge = await initRegistry(dir, config, { identity: { name: 'dhow-test' } });
  const self: RevertRegistry = {
    dir,
    forge,
    async register(version) {
      const record: VersionRecord = {
        apiVersion: 'dhow.dev/v1',
        kind: 'ModelVersion',
        model: MODEL,
        version,
        artifact: { uri: `s3://models-me-central-1/${MODEL}/${version}/model.safetensors`, digest: digestOf(version) },
        source: {},
        data: {},
        training: { mode: 'external' },
        parameters: {},
        metrics: {},
        serving: {},
        'created-by': 'noura',
        'created-at': '2026-11-01T08:00:00Z',
      };
      await registerVersion(forge, record, { by: 'noura' });
    },
    async deploy(version, at) {
      for (const environment of ['staging', PRODUCTION]) {
        const { request } = await openPromotion(forge, { model: MODEL, version, environment }, { by: 'noura', at });
        await mergePromotion(forge, request.id, { by: 'noura', at });
      }
    },
    async putLiveByHand(version, at) {
      const release: ReleaseFile = {
        apiVersion: 'dhow.dev/v1',
        kind: 'Release',
        model: MODEL,
        environment: PRODUCTION,
        version,
        digest: digestOf(version),
        holds: [],
        'promoted-by': 'platform-team',
        'promoted-at': at,
      };
      const head = await forge.branchHead('main');
      await forge.commitFiles({
        branch: 'main',
        expectedHead: head,
        changes: [{ path: `releases/${PRODUCTION}/${MODEL}.yaml`, content: serializeRegistryFile(release) }],
        message: `Import the ${PRODUCTION} release of ${MODEL} by hand`,
      });
    },
    async release(environment = PRODUCTION) {
      return (await RegistryReader.open(forge)).release(environment, MODEL);
    },
    async commits() {
      const text = await forge.git.text(['log', '--first-parent', '--format=%H%x00%B%x1e', `refs/heads/${await forge.defaultBranch()}`]);
      return text
        .split('\x1e')
        .map((entry) => entry.replace(/^\n/, ''))
        .filter((entry) => entry.trim() !== '')
        .map((entry) => {
          const [sha, message] = entry.split('\0') as [string, string];
          return { sha, subject: message.split('\n')[0]!, trailers: parseTrailers(message) };
        });
    },
    cleanup: () => rm(parent, { recursive: true, force: true }),
  };
  return self;
}

export function driftAlert(overrides: Partial<DriftAlert> = {}): DriftAlert {
  return {
    model: MODEL,
    environment: PRODUCTION,
    version: '1.4.0',
    fingerprint: 'c0ffee12',
    'starts-at': '2026-11-22T09:00:00Z',
    summary: 'share of drifted columns 0.58',
    ...overrides,
  };
}
