/** The pure decisions of dhow init on GitHub: which files to write, which settings, labels and ruleset differ. */
import { describe, expect, it } from 'vitest';
import { DhowError } from '../../src/errors.js';
import { GITHUB_REGISTRY_README, initialRegistryFiles, localRegistryReadme, planBootstrap } from '../../src/registry/bootstrap.js';
import { serializeRegistryFile } from '../../src/registry/files.js';
import { defaultRegistryConfig } from '../../src/registry/schemas.js';
import { desiredProtection, labelsToCreate, rulesetDiffers, settingsToChange } from '../../src/forge/github-admin.js';

const config = defaultRegistryConfig();
const ours = serializeRegistryFile(config);

describe('planBootstrap', () => {
  it.each([
    ['an empty branch', null, null, ['dhow.yaml', 'README.md']],
    ["GitHub's Add-a-README title", null, '# model-registry\n', ['dhow.yaml', 'README.md']],
    ['a title and a description line', null, '# model-registry\n\nOur models\n', ['dhow.yaml', 'README.md']],
    ['a README people wrote', null, '# Registry\n\nSee below.\n\n## Who\nUs.\n', ['dhow.yaml']],
    ['our files already', ours, GITHUB_REGISTRY_README, []],
  ])('%s: writes %j', (_what, existingConfig, readme, paths) => {
    expect(planBootstrap({ config: existingConfig, readme }, config, 'acme/r').changes.map((c) => c.path)).toEqual(paths);
  });

  it('refuses a dhow.yaml with other content, naming the file', () => {
    const attempt = () => planBootstrap({ config: ours.replace('production', 'prod'), readme: null }, config, 'acme/r');
    expect(attempt).toThrow(DhowError);
    expect(attempt).toThrow(/^dhow\.yaml: acme\/r already has a dhow\.yaml .*never overwrites/);
  });
});

describe('the README of a new registry', () => {
  const local = localRegistryReadme('refs/dhow/requests', 'refs/dhow/issues');

  it('describes the same layout on both forges and differs only in where requests live', () => {
    const layout = (readme: string) => readme.split('\n').filter((line) => line.startsWith('- `'));
    expect(layout(local)).toHaveLength(4);
    expect(layout(local)).toEqual(layout(GITHUB_REGISTRY_README));
    expect(local).toContain('live on `refs/dhow/requests`');
    expect(local).toContain('on `refs/dhow/issues`');
    expect(GITHUB_REGISTRY_README).toContain('pull requests labelled `dhow`');
  });

  it('is committed with dhow.yaml as the first files of a local registry', () => {
    expect(initialRegistryFiles(config, local)).toEqual([
      { path: 'dhow.yaml', content: ours },
      { path: 'README.md', content: local },
    ]);
  });
});

describe('what --protect changes', () => {
  const desired = desiredProtection(config, 42);

  it('changes only the settings that differ', () => {
    expect(settingsToChange({ allow_auto_merge: true, delete_branch_on_merge: false, allow_merge_commit: true }, desired.settings)).toEqual({
      delete_branch_on_merge: true,
    });
    expect(settingsToChange({ allow_auto_merge: true, delete_branch_on_merge: true, allow_merge_commit: true }, desired.settings)).toEqual({});
  });

  it('creates only missing labels, names compared without case', () => {
    const missing = labelsToCreate(['DHOW', 'env:dev', 'bug'], desired.labels).map((l) => l.name);
    expect(missing).toEqual(['dhow:revert', 'dhow-revert-failed', 'env:staging', 'env:production']);
  });

  it('sees a ruleset GitHub holds with its defaults added as unchanged, and any weakening as a change', () => {
    // As GitHub answers: extra fields and defaults beside what dhow set.
    const held = JSON.parse(JSON.stringify({ ...desired.ruleset, id: 7, source_type: 'Repository' }));
    held.rules[0].parameters.allowed_merge_methods = ['merge', 'squash', 'rebase'];
    expect(rulesetDiffers(held, desired.ruleset)).toBe(false);
    expect(rulesetDiffers({ ...held, enforcement: 'evaluate' }, desired.ruleset)).toBe(true);
    const unpinned = JSON.parse(JSON.stringify(held));
    unpinned.rules[1].parameters.required_status_checks = [{ context: 'dhow/policy' }];
    expect(rulesetDiffers(unpinned, desired.ruleset)).toBe(true);
    expect(rulesetDiffers({ ...held, rules: held.rules.slice(1) }, desired.ruleset)).toBe(true);
    // The App is the one bypass actor (it commits registrations to main); a ruleset without it blocks register.
    expect(held.bypass_actors).toEqual([{ actor_id: 42, actor_type: 'Integration', bypass_mode: 'always' }]);
    expect(rulesetDiffers({ ...held, bypass_actors: [] }, desired.ruleset)).toBe(true);
    expect(rulesetDiffers({ ...held, bypass_actors: [{ actor_id: 42, actor_type: 'Integration', bypass_mode: 'pull_request' }] }, desired.ruleset)).toBe(true);
    expect(desiredProtection(config, undefined).ruleset.bypass_actors).toBeUndefined();
  });
});
