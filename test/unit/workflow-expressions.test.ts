/**
 * The workflow driver's expression evaluator against GitHub's documented semantics. Expected values are
 * the ones GitHub's page states: https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */
import { describe, expect, it } from 'vitest';
import { condition, evaluate, ExpressionError, interpolate, type Contexts } from '../support/workflow-driver/expressions.js';

const contexts: Contexts = {
  github: { event_name: 'push', ref_name: 'main', event: { action: 'dhow-drift-alert', repository: { default_branch: 'main' }, client_payload: {} } },
  inputs: { 'runs-on': '["self-hosted", "gpu"]', 'require-gpu': true, model: 'arabic-dialect-id', count: 3 },
  secrets: { DHOW_APP_CLIENT_ID: 'Iv1.abc', DHOW_REGISTRY_TOKEN: '' },
  steps: { 'app-token': { outputs: { token: 'ghs_x' } }, empty: { outputs: {} } },
  needs: { train: { result: 'success', outputs: { metrics: '{"accuracy": 0.5}' } } },
  env: { DHOW_HAS_APP: 'true' },
  vars: {},
};
const run = (expression: string) => evaluate(expression, contexts);

describe('literals ("Literals")', () => {
  it.each([
    ['null', null],
    ['false', false],
    ['711', 711],
    ['-9.2', -9.2],
    ['0xff', 255],
    ['-2.99e-2', -0.0299],
    ["'It''s open source!'", "It's open source!"],
  ])('%s is %j', (expression, expected) => expect(run(expression)).toEqual(expected));

  it('refuses double-quoted strings, as GitHub throws an error for them', () => {
    expect(() => run('"x"')).toThrow(ExpressionError);
  });
});

describe('loose equality ("Operators": types that differ are coerced to a number)', () => {
  it.each([
    ['null == 0', true],
    ['true == 1', true],
    ['false == 0', true],
    ["'' == 0", true],
    ["'123' == 123", true],
    ["'abc' == 0", false], // not a number: NaN
    ["'0xff' == 255", true],
    ['NaN == NaN', false],
    ["'Main' == 'main'", true], // "GitHub ignores case when comparing strings"
    ["'true' == true", false], // 'true' is NaN, true is 1
    ["inputs.require-gpu == 'true'", false],
    ["env.DHOW_HAS_APP == 'true'", true],
    ["secrets.DHOW_REGISTRY_TOKEN != ''", false],
    ['github.event == github.event', true], // the same object
    ['fromJSON(\'{"a":1}\') == fromJSON(\'{"a":1}\')', false], // objects are equal only to themselves
    ["'b' > 'A'", true],
    ['inputs.count >= 3', true],
    ['1 < 2 == true', true], // comparison binds tighter than equality
  ])('%s is %s', (expression, expected) => expect(run(expression)).toBe(expected));
});

describe('logical operators return an operand', () => {
  it.each([
    ['steps.app-token.outputs.token || secrets.DHOW_REGISTRY_TOKEN', 'ghs_x'],
    ["steps.empty.outputs.token || secrets.DHOW_REGISTRY_TOKEN || 'fallback'", 'fallback'],
    ["env.DHOW_HAS_APP == 'true' && 'policy' || 'false'", 'policy'],
    ["secrets.DHOW_APP_CLIENT_ID != '' && secrets.DHOW_REGISTRY_TOKEN != ''", false],
    ['!0', true],
    ["!''", true],
    ['!-0', true],
    ['!github', false],
  ])('%s is %j', (expression, expected) => expect(run(expression)).toEqual(expected));
});

describe('dereference', () => {
  it('reads hyphenated names, indexes and missing properties as null', () => {
    expect(run('inputs.runs-on')).toBe('["self-hosted", "gpu"]');
    expect(run("github['event_name']")).toBe('push');
    expect(run('github.EVENT_NAME')).toBe('push');
    expect(run('github.event.client_payload.environment')).toBeNull();
    expect(run('github.nothing.deeper')).toBeNull();
    expect(run('fromJSON(inputs.runs-on)[1]')).toBe('gpu');
    expect(run('needs.*.result')).toEqual(['success']);
  });

  it('refuses a context that does not exist', () => {
    expect(() => run('matrix.os')).toThrow(/unrecognized named-value: 'matrix'/);
  });
});

describe('functions ("Functions")', () => {
  it.each([
    ["contains('Hello world', 'llo')", true],
    ["contains('Hello world', 'LLO')", true], // case-insensitive
    ['contains(fromJSON(\'["push", "pull_request"]\'), github.event_name)', true],
    ['contains(fromJSON(\'["bug", "help wanted"]\'), \'bug \')', false],
    ["startsWith('Hello world', 'he')", true],
    ["endsWith('Hello world', 'ld')", true],
    ["format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')", 'Hello Mona the Octocat'],
    ["format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')", '{Hello Mona the Octocat!}'],
    ['join(fromJSON(\'["a", "b"]\'), \', \')', 'a, b'],
    ['join(fromJSON(\'["a", "b"]\'))', 'a,b'],
    ['fromJSON(needs.train.outputs.metrics).accuracy', 0.5],
    ["fromJSON('true')", true],
    ["toJSON(fromJSON('[1]'))", '[\n  1\n]'],
  ])('%s is %j', (expression, expected) => expect(run(expression)).toEqual(expected));

  it('refuses fromJSON of text that is not JSON', () => {
    expect(() => run("fromJSON('{nope')")).toThrow(/fromJSON/);
  });
});

describe('interpolation', () => {
  it('keeps the value of a whole expression and joins pieces as text', () => {
    expect(interpolate('${{ fromJSON(inputs.runs-on) }}', contexts)).toEqual(['self-hosted', 'gpu']);
    expect(interpolate('dhow-gate-report-${{ inputs.model }}-${{ null }}x', contexts)).toBe('dhow-gate-report-arabic-dialect-id-x');
    expect(interpolate('${{ inputs.require-gpu }} and ${{ 3 }}', contexts)).toBe('true and 3');
  });
});

describe('if: conditions ("Status check functions")', () => {
  const ok = { failed: false, cancelled: false };
  const failed = { failed: true, cancelled: false };
  it('applies success() unless a status function is named', () => {
    expect(condition("env.DHOW_HAS_APP == 'true'", contexts, ok)).toBe(true);
    expect(condition("env.DHOW_HAS_APP == 'true'", contexts, failed)).toBe(false);
    expect(condition('${{ always() }}', contexts, failed)).toBe(true);
    expect(condition('failure()', contexts, failed)).toBe(true);
    expect(condition('failure()', contexts, ok)).toBe(false);
    expect(condition(undefined, contexts, failed)).toBe(false);
    expect(condition("github.event_name == 'push' && github.ref_name == github.event.repository.default_branch", contexts, ok)).toBe(true);
  });
});
