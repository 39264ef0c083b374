import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../src/lazy-schema.js';
import { ModelName } from '../../src/registry/names.js';

describe('lazySchema', () => {
  it('builds nothing until the first call, then returns that one schema every time', () => {
    let builds = 0;
    const Settings = lazySchema(() => {
      builds++;
      return z.object({ model: z.string().min(1, 'is required') });
    });
    expect(builds).toBe(0);
    const first = Settings();
    expect(builds).toBe(1);
    expect(Settings()).toBe(first);
    expect(builds).toBe(1);
    expect(first.safeParse({ model: '' }).error?.issues[0]?.message).toBe('is required');
  });

  it('keeps the name schemas one instance, so their JSON Schema metadata stays attached', () => {
    expect(ModelName()).toBe(ModelName());
    expect(z.toJSONSchema(z.object({ model: ModelName() })).properties?.model).toMatchObject({ description: 'a model name' });
    expect(ModelName().safeParse('Bad Name').error?.issues[0]?.message).toMatch(/^model name "Bad Name" must be lower-case/);
  });
});
