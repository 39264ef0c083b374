import { describe, expect, it } from 'vitest';
import { gatesUsingServer, planModelServer, serverEnvironment, splitCommandLine } from '../../../src/gates/server-plan.js';
import type { GatePolicy } from '../../../src/gates/policy.js';

const NAMES = {
  command: 'input "server-command"',
  readyUrl: 'input "server-ready-url"',
  readyTimeout: 'input "server-ready-timeout"',
  urlVariable: 'input "server-url-variable"',
};
const plan = (over: Partial<Parameters<typeof planModelServer>[0]> = {}) =>
  planModelServer({ command: 'node serve.mjs --port 8080', readyUrl: 'http://127.0.0.1:8080/healthz', cwd: '/model', ...over }, NAMES);

describe('splitting a server command line with no shell', () => {
  // Each row: the line, and the argv a POSIX shell would give the program (written out by hand).
  it.each([
    ['node serve.mjs --port 8080', ['node', 'serve.mjs', '--port', '8080']],
    ['  python  -m   uvicorn app:api ', ['python', '-m', 'uvicorn', 'app:api']],
    [`node serve.mjs --model 'out dir/model.json'`, ['node', 'serve.mjs', '--model', 'out dir/model.json']],
    [`sh -c "exec node serve.mjs | tee log"`, ['sh', '-c', 'exec node serve.mjs | tee log']],
    [`echo "a \\"quoted\\" \\\\ word" 'it''s'`, ['echo', 'a "quoted" \\ word', 'its']],
    [`serve --name=a\\ b ""`, ['serve', '--name=a b', '']],
  ])('%s', (line, argv) => {
    expect(splitCommandLine(line, 'input "server-command"')).toEqual(argv);
  });

  it.each([
    ['node serve.mjs | tee log', '"|"'],
    ['node serve.mjs > log', '">"'],
    ['node serve.mjs --port $PORT', '"$"'],
    ['node serve.mjs && echo ok', '"&"'],
    ['serve --models out/*.json', '"*"'],
  ])('refuses what only a shell reads: %s', (line, shown) => {
    expect(() => splitCommandLine(line, 'input "server-command"')).toThrow(
      `input "server-command" runs with no shell, so ${shown} would reach the program as text`,
    );
  });

  it('refuses unclosed quotes and a trailing backslash, naming the input', () => {
    expect(() => splitCommandLine(`node 'serve.mjs`, '--server-command')).toThrow('--server-command has an unclosed single quote');
    expect(() => splitCommandLine(`node "serve.mjs`, '--server-command')).toThrow('--server-command has an unclosed double quote');
    expect(() => splitCommandLine(`node serve.mjs \\`, '--server-command')).toThrow('--server-command ends with a lone backslash');
  });
});

describe('planning the model server', () => {
  it('takes the ready URL origin as the variable the endpoints use, and 60 s by default', () => {
    const p = plan();
    expect(p.argv).toEqual(['node', 'serve.mjs', '--port', '8080']);
    expect(p.baseUrl).toBe('http://127.0.0.1:8080');
    expect(p.urlVariable).toBe('DHOW_SERVER_URL');
    expect(p.readyTimeoutMs).toBe(60_000);
    expect(p.cwd).toBe('/model');
    expect(plan({ readyUrl: 'http://[::1]:9000/v2/health/ready', readyTimeout: '2.5', urlVariable: 'MODEL_URL' })).toMatchObject({
      baseUrl: 'http://[::1]:9000',
      readyTimeoutMs: 2500,
      urlVariable: 'MODEL_URL',
    });
  });

  it('reads a JSON array as the argv itself', () => {
    expect(plan({ command: '["python", "serve.py", "--host", "127.0.0.1 | not a pipe"]' }).argv).toEqual([
      'python',
      'serve.py',
      '--host',
      '127.0.0.1 | not a pipe',
    ]);
    expect(() => plan({ command: '["python", 3]' })).toThrow('input "server-command" must be a JSON array of strings');
    expect(() => plan({ command: '[python' })).toThrow('input "server-command" starts with "[" but is not a JSON array of strings');
    expect(() => plan({ command: '[]' })).toThrow('input "server-command" is empty');
  });

  it.each([
    [{ readyUrl: 'localhost:8080/healthz' }, 'input "server-ready-url" must be http or https, not localhost:'],
    [{ readyUrl: 'not a url' }, 'input "server-ready-url" is not a URL: "not a url"'],
    [{ readyUrl: 'ftp://127.0.0.1/healthz' }, 'input "server-ready-url" must be http or https, not ftp:'],
    [{ readyUrl: 'http://user:pw@127.0.0.1:8080/' }, 'input "server-ready-url" must not carry a user or password'],
    [{ readyTimeout: '0' }, 'input "server-ready-timeout" must be a number of seconds above 0 and at most 3600, not "0"'],
    [{ readyTimeout: '10m' }, 'input "server-ready-timeout" must be a number of seconds above 0 and at most 3600, not "10m"'],
    [{ readyTimeout: '3601' }, 'at most 3600'],
    [{ urlVariable: 'MODEL-URL' }, 'input "server-url-variable" must be an environment variable name'],
  ])('refuses %j', (over, message) => {
    expect(() => plan(over)).toThrow(message);
  });

  it('withholds the action inputs (a registry token among them) and runner tokens from the server', () => {
    const env = serverEnvironment({ PATH: '/bin', 'INPUT_GITHUB-TOKEN': 'ghs_secret', STATE_x: '1', ACTIONS_RUNTIME_TOKEN: 't', HOME: '/home/runner' });
    expect(env).toEqual({ PATH: '/bin', HOME: '/home/runner' });
  });

  it('lists the enabled gates whose endpoints name the variable', () => {
    const policy = {
      inconclusive: 'block',
      sources: ['p.yaml'],
      gates: [
        { name: 'p99', enabled: true, source: { kind: 'latency', endpoint: { url: '${DHOW_SERVER_URL}/predict' } } },
        { name: 'echo', enabled: true, source: { kind: 'round-trip', url: '${DHOW_SERVER_URL}/echo' } },
        { name: 'off', enabled: false, source: { kind: 'round-trip', url: '${DHOW_SERVER_URL}/echo' } },
        { name: 'remote', enabled: true, source: { kind: 'latency', endpoint: { url: 'https://model.example/predict' } } },
        { name: 'acc', enabled: true, source: { kind: 'candidate' } },
      ],
    } as unknown as GatePolicy;
    expect(gatesUsingServer(policy, 'DHOW_SERVER_URL')).toEqual(['p99', 'echo']);
    expect(gatesUsingServer(policy, 'OTHER')).toEqual([]);
  });
});
