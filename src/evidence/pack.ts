/**
 * The evidence pack: every file `dhow evidence` writes, as a map from relative path to content, built
 * from a RegistrySnapshot by pure functions. Paths are made of validated names and UTC times only, and the
 * content holds no clock of its own, so the same commit gives the same bytes.
 *
 *   register.csv, register.json                 the AI-system register (buildRegister)
 *   model-cards/<model>/<version>.md            a model card per version (renderModelCard)
 *   audit/<model>/<environment>.csv|.json       the promotion audit trail (buildAuditTrail)
 *   test-reports/<model>/<environment>/<time>-<version>.md      one per promotion (renderTestReport)
 *   material-changes/<model>/<environment>/<time>-<version>.json one per promotion (compareVersions)
 *   manifest.json                               the commit, the options and the sha256 of every file
 */
import { createHash } from 'node:crypto';
import { AUDIT_COLUMNS, buildAuditTrail, gateHistoriesOf } from './audit.js';
import { toCsv } from './csv.js';
import { compareVersions } from './material-change.js';
import { gateResultsByEnvironment } from '../registry/gate-evidence.js';
import { renderModelCard } from './model-card.js';
import { buildRegister, REGISTER_COLUMNS } from './register.js';
import type { RegistrySnapshot } from './snapshot.js';
import { renderTestReport } from './test-report.js';
import { notBefore, utc } from './time.js';

export interface PackOptions {
  /** Leave out audit rows, test reports and change records before this time (ISO 8601). */
  since?: string;
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `2026-11-22T08:07:00Z` -> `20261122T080700Z`, a file-name-safe time that sorts. */
const stamp = (time: string) => utc(time).replace(/[-:]/g, '');

export function buildEvidencePack(snapshot: RegistrySnapshot, options: PackOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  const register = buildRegister(snapshot);
  files.set('register.csv', toCsv(REGISTER_COLUMNS, register as unknown as Record<string, string | null>[]));
  files.set('register.json', json({ commit: snapshot.commit, rows: register }));
  for (const model of snapshot.models) {
    const byVersion = new Map(model.versions.map((v) => [v.version, v]));
    for (const version of model.versions) {
      const deployments = model.environments
        .filter((e) => e.release?.version === version.version)
        .map((e) => ({ environment: e.environment, since: e.release!['promoted-at'] }));
      const gates = gateResultsByEnvironment(
        model.environments.map((e) => e.environment),
        model.gates[version.version] ?? {},
        version,
      );
      files.set(`model-cards/${model.name}/${version.version}.md`, renderModelCard(model.file, version, deployments, gates));
    }
    for (const env of model.environments) {
      const trail = buildAuditTrail(model.name, env, options.since, gateHistoriesOf(model, env.environment));
      files.set(`audit/${model.name}/${env.environment}.csv`, toCsv(AUDIT_COLUMNS, trail as unknown as Record<string, string | null>[]));
      files.set(`audit/${model.name}/${env.environment}.json`, json({ commit: snapshot.commit, model: model.name, environment: env.environment, rows: trail }));
      for (const event of env.history) {
        const release = event.release;
        // Test reports and change records are for promotions; rollbacks and reverts are in the audit trail.
        if (!release || release['revert-of'] !== undefined || !notBefore(event.date, options.since)) continue;
        const name = `${model.name}/${env.environment}/${stamp(event.date)}-${release.version}`;
        const candidate = byVersion.get(release.version) ?? null;
        const gates = gateResultsByEnvironment([env.environment], model.gates[release.version] ?? {}, candidate)[0] ?? null;
        files.set(`test-reports/${name}.md`, renderTestReport(model.name, env.environment, event, candidate, gates));
        if (candidate) {
          const replaced = event.before ? (byVersion.get(event.before.version) ?? null) : null;
          const change = compareVersions(
            candidate,
            replaced,
            { model: model.name, environment: env.environment, commit: event.commit, at: utc(event.date) },
            snapshot.config['material-change'],
          );
          files.set(`material-changes/${name}.json`, json(change));
        }
      }
    }
  }
  const digests = [...files]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, content]) => ({ path, sha256: createHash('sha256').update(content).digest('hex') }));
  files.set(
    'manifest.json',
    json({ generator: 'dhow evidence', commit: snapshot.commit, models: snapshot.models.map((m) => m.name), since: options.since ?? null, files: digests }),
  );
  return files;
}
