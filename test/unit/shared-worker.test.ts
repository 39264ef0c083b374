/**
 * The unit project runs its files in shared workers (vitest.config.ts: `isolate: false`), so a unit test file
 * must leave the process as it found it and must not do what belongs in test/integration/. This file reads
 * every file under test/unit/ and refuses what would leak into the next file in the worker, or make a unit
 * test spawn a process, start a server or touch the network. Each rule is first shown to fire on a sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const unitDir = join(root, 'test', 'unit');

interface Rule {
  readonly why: string;
  /** What the rule looks for in the file's text. */
  readonly finds: RegExp;
  /** A file that also matches this puts things back itself (e.g. restores in afterEach). */
  readonly unless?: RegExp;
}

const RULES: readonly Rule[] = [
  { why: 'spawns a process (move the test to test/integration/)', finds: /from ['"](node:)?child_process['"]/ },
  { why: 'starts a server (move the test to test/integration/)', finds: /\b(createServer|\.listen)\(/ },
  { why: 'changes the working directory of the shared worker', finds: /process\.chdir\(/ },
  { why: 'replaces process.env (restore the keys on the same object)', finds: /process\.env\s*=[^=]/ },
  { why: "mocks a module: the worker's module cache outlives the file", finds: /\bvi\.(mock|doMock)\(/ },
  { why: 'replaces a global', finds: /\b(globalThis|global)\.\w+\s*=[^=]|\bvi\.stubGlobal\(/, unless: /\bvi\.unstubAllGlobals\(/ },
  { why: 'fakes timers without putting real ones back', finds: /\bvi\.useFakeTimers\(/, unless: /\bvi\.useRealTimers\(/ },
  { why: 'stubs process.env without unstubbing', finds: /\bvi\.stubEnv\(/, unless: /\bvi\.unstubAllEnvs\(/ },
  { why: 'spies without restoring', finds: /\bvi\.spyOn\(/, unless: /\.mockRestore\(|\bvi\.restoreAllMocks\(/ },
  {
    why: 'writes process.env without restoring it in afterEach',
    finds: /process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|delete process\.env|Object\.assign\(process\.env/,
    unless: /afterEach\([^]*process\.env/,
  },
];

/** The rules a file's text breaks, by their reason. */
function broken(text: string): string[] {
  return RULES.filter((rule) => rule.finds.test(text) && !(rule.unless?.test(text) ?? false)).map((rule) => rule.why);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('unit test files can share a worker', () => {
  it.each([
    ["import { execFileSync } from 'node:child_process';", 'spawns a process (move the test to test/integration/)'],
    ['const server = createServer(handler);', 'starts a server (move the test to test/integration/)'],
    ["process.chdir('/tmp');", 'changes the working directory of the shared worker'],
    ['process.env = { ...saved };', 'replaces process.env (restore the keys on the same object)'],
    ["vi.mock('../../src/io/csv.js');", "mocks a module: the worker's module cache outlives the file"],
    ['globalThis.fetch = fake;', 'replaces a global'],
    ['vi.useFakeTimers();', 'fakes timers without putting real ones back'],
    ["vi.stubEnv('TZ', 'UTC');", 'stubs process.env without unstubbing'],
    ["vi.spyOn(process.stdout, 'write');", 'spies without restoring'],
    ["process.env.GITHUB_OUTPUT = 'x';", 'writes process.env without restoring it in afterEach'],
  ])('refuses %s', (sample, why) => {
    expect(broken(sample)).toEqual([why]);
  });

  it('accepts what puts things back', () => {
    expect(broken('vi.useFakeTimers(); afterEach(() => vi.useRealTimers());')).toEqual([]);
    expect(broken("afterEach(() => { Object.assign(process.env, saved); }); process.env.X = '1';")).toEqual([]);
    expect(broken("const w = vi.spyOn(process.stdout, 'write'); w.mockRestore();")).toEqual([]);
    expect(broken('if (process.env.CI === "true") skip();')).toEqual([]);
  });

  it('finds none of it in test/unit/', () => {
    const files = filesUnder(unitDir).filter((file) => file !== new URL(import.meta.url).pathname);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => broken(readFileSync(file, 'utf8')).map((why) => `${relative(root, file)}: ${why}`));
    expect(found).toEqual([]);
  });
});
