/**
 * The decisions GitHub makes before a job runs, as the workflow driver makes them: triggers, the inputs
 * and secrets of a called workflow, nested permissions and job order. Expected behaviour and messages are
 * GitHub's documented ones:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#on
 * https://docs.github.com/en/actions/sharing-automations/reusing-workflows
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bindInputs,
  bindSecrets,
  checkNestedPermissions,
  jobOrder,
  parseWorkflow,
  triggers,
  WorkflowError,
  type InputSpec,
} from '../support/workflow-driver/workflow.js';

const promoteYml = parseWorkflow(readFileSync(new URL('../../reusable-workflows/promote.yml', import.meta.url), 'utf8'), 'promote.yml');
const declared = (promoteYml.on as { workflow_call: { inputs: Record<string, InputSpec>; secrets: Record<string, { required?: boolean }> } }).workflow_call;

describe('which events start a workflow', () => {
  const policyOn = { pull_request: { types: ['opened', 'synchronize'] }, pull_request_review: { types: ['submitted'] }, push: { branches: ['main'] } };
  it.each([
    [policyOn, { name: 'push', branch: 'main' }, true],
    [policyOn, { name: 'push', branch: 'dhow/promote/dev/m' }, false],
    [policyOn, { name: 'pull_request', action: 'opened', branch: 'main' }, true],
    [policyOn, { name: 'pull_request', action: 'closed', branch: 'main' }, false],
    [policyOn, { name: 'pull_request_review', action: 'dismissed' }, false],
    [policyOn, { name: 'repository_dispatch', action: 'dhow-drift-alert' }, false],
    // pull_request without types: opened, synchronize and reopened only.
    [{ pull_request: null }, { name: 'pull_request', action: 'closed' }, false],
    [{ pull_request: null }, { name: 'pull_request', action: 'reopened' }, true],
    [{ push: { branches: ['release/**'] } }, { name: 'push', branch: 'release/v1/rc' }, true],
    [{ push: { branches: ['release/*'] } }, { name: 'push', branch: 'release/v1/rc' }, false],
    [{ push: { 'branches-ignore': ['dhow/**'] } }, { name: 'push', branch: 'dhow/revert/x' }, false],
    ['push', { name: 'push', branch: 'anything' }, true],
    [['push', 'workflow_dispatch'], { name: 'workflow_dispatch' }, true],
  ])('on %j, %j starts it: %s', (on, event, expected) => expect(triggers(on, event)).toBe(expected));
});

describe('the inputs of a called workflow', () => {
  const where = 'caller.yml (job promote)';
  it('types them and fills the defaults', () => {
    const bound = bindInputs(declared.inputs, { registry: 'acme/reg', model: 'm', version: '1.0.0', environment: 'dev' }, where, {});
    expect(bound).toMatchObject({ registry: 'acme/reg', 'gate-policy': 'dhow-gates.yaml', 'runs-on': '["ubuntu-latest"]' });
  });

  it('refuses an input the workflow does not declare, naming it as GitHub does', () => {
    expect(() => bindInputs(declared.inputs, { registry: 'acme/reg', model: 'm', version: '1', environment: 'dev', enviroment: 'dev' }, where, {})).toThrow(
      new WorkflowError(`${where}: Invalid input, enviroment is not defined in the referenced workflow.`),
    );
  });

  it('refuses a missing required input', () => {
    expect(() => bindInputs(declared.inputs, { registry: 'acme/reg', model: 'm', version: '1' }, where, {})).toThrow(
      `${where}: Input environment is required, but not provided while calling.`,
    );
  });

  it('refuses a value of the wrong type, and takes a workflow_dispatch boolean as text', () => {
    const specs: Record<string, InputSpec> = { 'require-gpu': { type: 'boolean', default: true }, epochs: { type: 'number' } };
    expect(() => bindInputs(specs, { 'require-gpu': 'yes' }, where, {})).toThrow(/Input require-gpu expects a boolean/);
    expect(() => bindInputs(specs, { epochs: 'many' }, where, {})).toThrow(/Input epochs expects a number/);
    expect(bindInputs(specs, { 'require-gpu': 'false', epochs: '3' }, 'workflow_dispatch of x.yml', {})).toEqual({ 'require-gpu': false, epochs: 3 });
    expect(() => bindInputs(specs, { nope: 1 }, 'workflow_dispatch of x.yml', {})).toThrow('Unexpected inputs provided: ["nope"]');
  });

  it('refuses a choice outside its options', () => {
    const specs: Record<string, InputSpec> = { environment: { type: 'choice', options: ['staging', 'production'], required: true } };
    expect(() => bindInputs(specs, { environment: 'prod' }, 'workflow_dispatch of promote.yml', {})).toThrow(/must be one of staging, production/);
  });
});

describe('the secrets of a called workflow', () => {
  const caller = { DHOW_APP_CLIENT_ID: 'id', DHOW_APP_PRIVATE_KEY: 'key', OTHER: 'x' };
  it('passes all with inherit and only the named ones otherwise', () => {
    expect(bindSecrets(declared.secrets, 'inherit', caller, 'c')).toEqual(caller);
    expect(bindSecrets(declared.secrets, { DHOW_REGISTRY_TOKEN: 't' }, caller, 'c')).toEqual({ DHOW_REGISTRY_TOKEN: 't' });
  });
  it('refuses a secret the workflow does not declare, and a missing required one', () => {
    expect(() => bindSecrets(declared.secrets, { 'registry-token': 't' }, caller, 'c')).toThrow(
      'c: Invalid secret, registry-token is not defined in the referenced workflow.',
    );
    expect(() => bindSecrets({ TOKEN: { required: true } }, {}, caller, 'c')).toThrow('c: Secret TOKEN is required, but not provided while calling.');
  });
});

describe('permissions of a called workflow', () => {
  it('may keep or lower the caller’s, never raise them', () => {
    expect(() => checkNestedPermissions({ contents: 'read' }, promoteYml, 'promote.yml')).not.toThrow();
    const revert = parseWorkflow(readFileSync(new URL('../../reusable-workflows/revert-on-drift.yml', import.meta.url), 'utf8'), 'revert-on-drift.yml');
    expect(() => checkNestedPermissions({ contents: 'write', 'pull-requests': 'write', issues: 'write' }, revert, 'revert-on-drift.yml')).not.toThrow();
    expect(() => checkNestedPermissions({ contents: 'write', 'pull-requests': 'read', issues: 'write' }, revert, 'revert-on-drift.yml')).toThrow(
      "Error calling workflow 'revert-on-drift.yml'. The nested job 'revert' is requesting 'pull-requests: write', but is only allowed 'pull-requests: read'.",
    );
    expect(() => checkNestedPermissions('read-all', revert, 'revert-on-drift.yml')).toThrow(/'contents: write', but is only allowed 'contents: read'/);
  });
});

describe('job order', () => {
  it('puts each job after the jobs it needs, and refuses cycles and unknown needs', () => {
    expect(jobOrder({ promote: { needs: ['train', 'version'] }, train: { needs: 'version' }, version: {} }, 'w.yml')).toEqual(['version', 'train', 'promote']);
    expect(() => jobOrder({ a: { needs: 'b' }, b: { needs: 'a' } }, 'w.yml')).toThrow(/cycle/);
    expect(() => jobOrder({ a: { needs: 'trian' } }, 'w.yml')).toThrow("w.yml: Job 'a' depends on unknown job 'trian'.");
  });
});
