/**
 * Which rollout policy governs a model in an environment: the model's own override in dhow.yaml when it
 * has one (it replaces the environment's policy whole, so a reader never merges two in their head), else
 * the environment's, else all-at-once.
 */
import { RolloutPolicy } from '../registry/rollout-schemas.js';
import type { RegistryConfig } from '../registry/schemas.js';

const ALL_AT_ONCE: RolloutPolicy = RolloutPolicy.parse({});

export function rolloutPolicyFor(config: RegistryConfig, model: string, environment: string): RolloutPolicy {
  const override = Object.hasOwn(config.models, model) ? config.models[model]!.rollout : undefined;
  if (override && Object.hasOwn(override, environment)) return override[environment]!;
  return config.environments.find((e) => e.name === environment)?.rollout ?? ALL_AT_ONCE;
}
