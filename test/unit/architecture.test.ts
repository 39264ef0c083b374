/**
 * The layers written in CONTRIBUTING.md, enforced on every import in src/: nothing imports upward, modules of
 * one layer import each other without cycles, packages stay where the packages table puts them, and use cases
 * reach a registry through the Forge port rather than a concrete forge. Today's violations are listed below,
 * each with the issue that moves it; the test fails on a new one and on a listed one that is gone.
 */
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import {
  computedDynamicImports,
  importsOf,
  isUnder,
  layerOf,
  literalDynamicImports,
  moduleOf,
  readLayerTables,
  root,
  sourceFiles,
  staticValueImports,
  type Import,
} from '../support/layers.js';

/** Violations that exist today. Delete a line when the move fixes it: a stale line fails the test. */
const KNOWN_VIOLATIONS: Record<string, string> = {};

const { layers, packages } = readLayerTables();
const files = sourceFiles().map((file) => relative(root, file));
const imports: Import[] = sourceFiles().flatMap(importsOf);
const edges = layers[layers.length - 1]!;

/** Every module and package a file loads when it is loaded: static value imports, followed. */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const imp of staticValueImports(`${root}/${file}`)) {
      if (seen.has(imp.to)) continue;
      seen.add(imp.to);
      if (imp.kind === 'file') queue.push(imp.to);
    }
  }
  return seen;
}

/**
 * Every module and package a bundle built from `start` holds: static value imports and dynamic imports with a
 * literal specifier (ncc makes chunks of those, shipped in the same dist/ folder), followed. A computed
 * specifier (the Kubernetes launcher's, src/train/mode.ts) is left to Node at run time and bundles nothing.
 */
function bundleClosure(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const imp of [...staticValueImports(`${root}/${file}`), ...literalDynamicImports(`${root}/${file}`)]) {
      if (seen.has(imp.to)) continue;
      seen.add(imp.to);
      if (imp.kind === 'file') queue.push(imp.to);
    }
  }
  return seen;
}

function packageMatches(rule: string, spec: string): boolean {
  return rule.endsWith('/') ? spec.startsWith(rule) : spec === rule || spec.startsWith(`${rule}/`);
}

/** Strongly connected components of more than one module (Tarjan), each as its sorted members. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

function violations(): string[] {
  const found = new Set<string>();
  const sameLayer = new Map<string, Set<string>>();
  for (const imp of imports) {
    const fromLayer = layerOf(layers, imp.from)!;
    if (imp.kind === 'package') {
      for (const rule of packages) {
        if (packageMatches(rule.pkg, imp.to) && !isUnder(rule.onlyUnder, imp.from)) found.add(`${imp.from} -> ${imp.to}`);
      }
      continue;
    }
    const toLayer = layerOf(layers, imp.to);
    if (!toLayer) {
      found.add(`${imp.from} -> ${imp.to} (outside every layer)`);
      continue;
    }
    if (toLayer.rank > fromLayer.rank) found.add(`${imp.from} -> ${imp.to}`);
    const concreteForge = imp.to.startsWith('src/forge/') && imp.to !== 'src/forge/forge.ts';
    if (concreteForge && fromLayer.rank < edges.rank && !imp.from.startsWith('src/forge/') && toLayer.rank <= fromLayer.rank && fromLayer.name !== 'ports') {
      found.add(`${imp.from} -> ${imp.to}`);
    }
    const [a, b] = [moduleOf(layers, imp.from), moduleOf(layers, imp.to)];
    if (a !== b && toLayer === fromLayer) {
      if (!sameLayer.has(a)) sameLayer.set(a, new Set());
      sameLayer.get(a)!.add(b);
    }
  }
  for (const component of cycles(sameLayer)) found.add(`cycle: ${component.join(' <-> ')}`);
  return [...found].sort();
}

describe('the layers of src/ (CONTRIBUTING.md)', () => {
  it('reads a table of layers, lowest first, from kernel to edges', () => {
    expect(layers.map((layer) => layer.name)).toEqual(['kernel', 'compute', 'registry format', 'ports', 'use cases', 'edges']);
    expect(packages.map((rule) => rule.pkg)).toContain('@actions/');
  });

  it('places every source file in a layer', () => {
    expect(files.filter((file) => !layerOf(layers, file))).toEqual([]);
  });

  it('sees every dynamic import (a computed specifier would hide a dependency)', () => {
    // The one exception: the Kubernetes launcher, loaded from the shared dist/kubernetes bundle (CONTRIBUTING.md, Bundles).
    const allowed = ['src/train/mode.ts: import(launcher.href)'];
    expect(sourceFiles().flatMap(computedDynamicImports)).toEqual(allowed);
  });

  it('has no violation beyond the known ones', () => {
    expect(violations().filter((v) => !(v in KNOWN_VIOLATIONS))).toEqual([]);
  });

  it('lists no known violation that is gone (delete its line)', () => {
    const now = new Set(violations());
    expect(Object.keys(KNOWN_VIOLATIONS).filter((v) => !now.has(v))).toEqual([]);
  });
});

describe('the rules catch what they are meant to catch', () => {
  it('puts a file in the layer of its longest covering path', () => {
    expect(layerOf(layers, 'src/registry/names.ts')?.name).toBe('kernel');
    expect(layerOf(layers, 'src/registry/schemas.ts')?.name).toBe('registry format');
    expect(layerOf(layers, 'src/policy/engine.ts')?.name).toBe('use cases');
    expect(layerOf(layers, 'src/nowhere.ts')).toBeUndefined();
  });

  it('finds a cycle of two modules and none in a chain', () => {
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['a'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b']]);
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
        ]),
      ),
    ).toEqual([]);
  });

  it('matches a scope prefix and a package with its subpaths', () => {
    expect(packageMatches('@actions/', '@actions/core')).toBe(true);
    expect(packageMatches('@kubernetes/client-node', '@kubernetes/client-node/dist/gen')).toBe(true);
    expect(packageMatches('@kubernetes/client-node', '@kubernetes/client-node-extra')).toBe(false);
  });
});

describe('the Kubernetes client stays out of everything that does not talk to Kubernetes', () => {
  // ncc puts a dynamic import in a chunk of its own, so what a static closure reaches is what a bundle loads at start.
  const talksToKubernetes = /^src\/train\/kubernetes\/(index|run|client|watch|logs)\.ts$/;

  it('is loaded by no module outside the Kubernetes launcher without a dynamic import', () => {
    const reaching = files.filter((file) => !talksToKubernetes.test(file) && staticClosure(file).has('@kubernetes/client-node'));
    expect(reaching).toEqual([]);
  });

  it('is loaded by the launcher itself (the check above can fail)', () => {
    expect(staticClosure('src/train/kubernetes/index.ts').has('@kubernetes/client-node')).toBe(true);
  });

  // The bundles scripts/build.mjs builds: the CLI's and one per action; dist/kubernetes is the only one that may hold the client.
  const bundleEntries = ['src/cli/bin.ts', ...files.filter((file) => /^src\/actions\/[^/]+\/index\.ts$/.test(file))];

  it('is in no bundle of an action or of the CLI, not even as a chunk reached by a dynamic import', () => {
    expect(bundleEntries.length).toBeGreaterThanOrEqual(8);
    expect(bundleEntries.filter((entry) => bundleClosure(entry).has('@kubernetes/client-node'))).toEqual([]);
  });

  it('would be in a bundle whose entry imports the launcher, even dynamically (the check above can fail)', () => {
    expect(bundleClosure('src/train/kubernetes/index.ts').has('@kubernetes/client-node')).toBe(true);
    // The train action's bundle holds its main step (a literal dynamic import) and, through it, the pure planner.
    expect([...bundleClosure('src/actions/train/index.ts')]).toEqual(expect.arrayContaining(['src/actions/train/main.ts', 'src/train/kubernetes/plan.ts']));
  });
});
