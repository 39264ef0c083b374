/**
 * The registry format, v1: one zod schema per file kind. Every file carries `apiVersion: dhow.dev/v1`
 * and `kind`; keys are kebab-case. These schemas are the source of the JSON Schemas in policies/schemas/.
 */
import { z } from 'zod';
import { EnvironmentName, ModelName, VersionName } from './names.js';
import { GpuBudget, RolloutPolicy, RolloutState } from './rollout-schemas.js';

export const API_VERSION = 'dhow.dev/v1';

const header = <K extends string>(kind: K) => ({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal(kind),
});

/** `sha256:<64 hex>`: the only digest form dhow writes or accepts. */
export const Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lower-case hex digits');
export const Timestamp = z.iso.datetime({ offset: true });
/** A region identifier as the cloud or cluster names it (e.g. me-central-1, qatarcentral, uaenorth). */
export const Region = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case region identifier');
const Person = z.string().min(1).max(200);

// ---------------------------------------------------------------------------------------------
// dhow.yaml

const TeamName = z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be "org/team-slug"');

export const Reviewers = z
  .object({
    users: z.array(z.string().min(1)).default([]),
    teams: z.array(TeamName).default([]),
  })
  .strict();

/** A role on the registry repository, as GitHub names them (its "repository roles"), weakest last. */
export const RepositoryRole = z.enum(['admin', 'maintain', 'write', 'triage', 'read']);
export type RepositoryRole = z.infer<typeof RepositoryRole>;

/** A group of which at least `count` must approve: a team, or a list of users. */
export const RequiredApprovers = z.union([
  z.object({ team: TeamName, count: z.number().int().min(1).max(20).default(1) }).strict(),
  z.object({ users: z.array(z.string().min(1)).min(1), count: z.number().int().min(1).max(20).default(1) }).strict(),
]);
export type RequiredApprovers = z.infer<typeof RequiredApprovers>;

/** A duration as `30m`, `24h` or `7d`. */
export const Duration = z.string().regex(/^[1-9][0-9]{0,5}(m|h|d)$/, 'must be a whole number of minutes, hours or days, e.g. 30m, 24h, 7d');

export const EnvironmentPolicy = z
  .object({
    name: EnvironmentName(),
    /** Distinct approving reviewers needed, not counting the author or the bot. */
    approvals: z.number().int().min(0).max(20),
    reviewers: Reviewers.default({ users: [], teams: [] }),
    /** Enable auto-merge on promotion pull requests once the policy is satisfied (github forge). */
    'auto-merge': z.boolean().default(false),
    /** Gate policy for this environment: a path in the registry, overriding the registry-wide one. */
    'gate-policy': z.string().min(1).optional(),
    /** Kubernetes namespace the deploy manifests target. */
    namespace: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
      .optional(),
    /** Groups each of which must approve (beside `approvals` in all), e.g. one of team org/model-risk. */
    'required-approvers': z.array(RequiredApprovers).optional(),
    /** How long a version must have run in the environment before this one before it may come here. */
    soak: Duration.optional(),
    /** How a merged promotion reaches traffic here (default all-at-once); see docs/rollouts.md. */
    rollout: RolloutPolicy.optional(),
    /** The GPUs this environment's models may use together: a rollout that would exceed it does not start. */
    'gpu-budget': GpuBudget.optional(),
    /** KServe's deployment mode here (absent: serverless). A RawDeployment rollout renders KServe v0.20's named canary (spec.canary). */
    'kserve-mode': z.enum(['serverless', 'raw-deployment']).optional(),
  })
  .strict();

/**
 * Who may approve on a local registry (GitHub knows this itself): every reviewer has `default` unless
 * listed, and the members of teams named by `reviewers` or `required-approvers`.
 */
export const AccessPolicy = z
  .object({
    default: RepositoryRole.default('write'),
    users: z.record(z.string().min(1), RepositoryRole).default({}),
    teams: z.record(TeamName, z.array(z.string().min(1))).default({}),
  })
  .strict();
export type AccessPolicy = z.infer<typeof AccessPolicy>;

export const ResidencyLocation = z
  .object({
    /** A URI prefix (s3://bucket/, gs://bucket/, https://account.blob.core.windows.net/) or a cluster name. */
    prefix: z.string().min(1),
    region: Region,
  })
  .strict();

export const ResidencyPolicy = z
  .object({
    'allowed-regions': z.array(Region).min(1),
    locations: z.array(ResidencyLocation).default([]),
    clusters: z.record(z.string().min(1), Region).default({}),
  })
  .strict();

export const RevertPolicy = z
  .object({
    mode: z.enum(['direct', 'pull-request']).default('pull-request'),
    'event-type': z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,100}$/)
      .default('dhow-drift-alert'),
  })
  .strict();

export const DeployPolicy = z
  .object({
    runtime: z.enum(['kserve']).default('kserve'),
    namespace: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/)
      .default('models'),
  })
  .strict();

/**
 * What makes a promotion a material change (QCB: prior approval of material changes to high-risk AI
 * systems), judged by src/policy/material.ts and flagged in the evidence pack's change records. A first
 * release is always material. Absent: retraining on other data or with other parameters is material, a
 * new artifact alone (a re-export) is not, and no metric movement is.
 */
export const MaterialChangePolicy = z
  .object({
    /** Training data that changed (its URI, digest or version) is material. */
    data: z.boolean().default(true),
    /** Parameters whose change is material; `*` stands for any parameter. */
    parameters: z.array(z.string().min(1)).default(['*']),
    /** A metric that moves by at least this much, either way, is material (absolute difference). */
    metrics: z.record(z.string().min(1), z.number().nonnegative()).default({}),
    /** A new artifact digest is material even when nothing else changed. */
    artifact: z.boolean().default(false),
  })
  .strict();
export type MaterialChangePolicy = z.infer<typeof MaterialChangePolicy>;

export const RegistryConfig = z
  .object({
    ...header('Registry'),
    /** Environments in promotion order: a version reaches environment i only after it ran in i-1. */
    environments: z.array(EnvironmentPolicy).min(1),
    /** Registry-wide gate policy (a path in the registry); per-model overrides below. */
    'gate-policy': z.string().min(1).optional(),
    models: z
      .record(
        ModelName(),
        z
          .object({
            'gate-policy': z.string().min(1).optional(),
            /** Per-environment rollout policies replacing the environment's own for this model. */
            rollout: z.record(EnvironmentName(), RolloutPolicy).optional(),
          })
          .strict(),
      )
      .default({}),
    residency: ResidencyPolicy.optional(),
    revert: RevertPolicy.default({ mode: 'pull-request', 'event-type': 'dhow-drift-alert' }),
    deploy: DeployPolicy.default({ runtime: 'kserve', namespace: 'models' }),
    /** Reviewer roles and team members on a local registry (ignored on GitHub, which knows both). */
    access: AccessPolicy.optional(),
    /** What makes a promotion a material change (MaterialChangePolicy); absent: its defaults. */
    'material-change': MaterialChangePolicy.optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.environments.forEach((env, i) => {
      if (seen.has(env.name)) {
        ctx.addIssue({ code: 'custom', path: ['environments', i, 'name'], message: `environment "${env.name}" is listed twice` });
      }
      seen.add(env.name);
    });
    for (const [model, entry] of Object.entries(config.models)) {
      for (const env of Object.keys(entry.rollout ?? {})) {
        if (!seen.has(env)) ctx.addIssue({ code: 'custom', path: ['models', model, 'rollout', env], message: `no environment "${env}" in "environments"` });
      }
    }
  });
export type RegistryConfig = z.infer<typeof RegistryConfig>;
export type EnvironmentPolicy = z.infer<typeof EnvironmentPolicy>;

// ---------------------------------------------------------------------------------------------
// models/<model>/model.yaml

export const ModelFile = z
  .object({
    ...header('Model'),
    name: ModelName(),
    owners: z.array(Person).default([]),
    task: z.string().min(1).max(100).optional(),
    language: z.array(z.string().min(2).max(35)).default([]),
    description: z.string().max(10_000).optional(),
    /** For the AI-system register and model cards (dhow evidence, dhow site); all optional. */
    purpose: z.string().min(1).max(10_000).optional(),
    /** The risk tier the owner's governance assigns (e.g. QCB's or the EU AI Act's high-risk). */
    'risk-tier': z.enum(['minimal', 'limited', 'high', 'unacceptable']).optional(),
    /** Who regulators and users contact about the model: an e-mail address or a URL. */
    'owner-contact': z
      .string()
      .min(3)
      .max(320)
      .regex(/^(\S+@\S+\.\S+|https?:\/\/\S+)$/, 'must be an e-mail address or an http(s) URL')
      .optional(),
    limitations: z.string().min(1).max(10_000).optional(),
  })
  .strict();
export type ModelFile = z.infer<typeof ModelFile>;

// ---------------------------------------------------------------------------------------------
// models/<model>/versions/<version>.yaml

export const Artifact = z
  .object({
    uri: z.string().min(1),
    digest: Digest,
    size: z.number().int().nonnegative().optional(),
    format: z.string().min(1).max(100).optional(),
    /** Where an uploaded artifact is served from: the object store's endpoint and the bucket's region. */
    endpoint: z.string().url().optional(),
    region: z.string().min(1).max(64).optional(),
  })
  .strict();

export const GpuRequirement = z
  .object({
    count: z.number().int().min(0).max(64).default(1),
    product: z.string().min(1).optional(),
    /** A MIG profile such as 1g.10gb; mutually exclusive with whole GPUs of count > 1. */
    'mig-profile': z
      .string()
      .regex(/^\d+g\.\d+gb$/)
      .optional(),
  })
  .strict();

export const GateSummaryRow = z
  .object({
    gate: z.string().min(1),
    metric: z.string().min(1).optional(),
    verdict: z.enum(['pass', 'fail', 'warn', 'inconclusive']),
    value: z.number().nullable().optional(),
    threshold: z.number().nullable().optional(),
    baseline: z.number().nullable().optional(),
  })
  .strict();

/** The gate results of one run: what a version record's `gates` holds, and each attempt of a GateEvidence file. */
export const GateResults = z
  .object({
    verdict: z.enum(['pass', 'fail', 'warn', 'inconclusive']),
    'policy-digest': Digest,
    'report-digest': Digest.optional(),
    summary: z.array(GateSummaryRow).default([]),
  })
  .strict();
export type GateResults = z.infer<typeof GateResults>;

export const VersionRecord = z
  .object({
    ...header('ModelVersion'),
    model: ModelName(),
    version: VersionName(),
    artifact: Artifact,
    source: z
      .object({
        repository: z.string().min(1).optional(),
        commit: z
          .string()
          .regex(/^[0-9a-f]{7,64}$/)
          .optional(),
        'run-url': z.string().url().optional(),
        'run-attempt': z.number().int().positive().optional(),
      })
      .strict()
      .default({}),
    data: z
      .object({
        uri: z.string().min(1).optional(),
        digest: Digest.optional(),
        version: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
    training: z
      .object({
        mode: z.enum(['runner', 'kubernetes', 'external']).default('external'),
        cluster: z.string().min(1).optional(),
        region: Region.optional(),
        gpu: GpuRequirement.optional(),
        'peak-gpu-memory-mib': z.number().nonnegative().optional(),
        'duration-seconds': z.number().nonnegative().optional(),
      })
      .strict()
      .default({ mode: 'external' }),
    parameters: z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean()])).default({}),
    metrics: z.record(z.string().min(1), z.number()).default({}),
    /**
     * Gate results recorded with the version by registries older than per-environment evidence
     * (gates/<environment>/<model>/<version>.yaml): still read, for every environment without evidence.
     */
    gates: GateResults.optional(),
    serving: z
      .object({
        gpu: GpuRequirement.optional(),
        /** Kubernetes quantity, e.g. 8Gi. */
        memory: z
          .string()
          .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/)
          .optional(),
        'latency-slo-ms': z.record(z.enum(['p50', 'p90', 'p95', 'p99']), z.number().positive()).optional(),
        'model-format': z.string().min(1).optional(),
        runtime: z.string().min(1).optional(),
        /** KServe's predictor minReplicas/maxReplicas; a GPU budget counts max (absent: one replica). */
        replicas: z
          .object({ min: z.number().int().min(0).max(1000).default(1), max: z.number().int().min(1).max(1000) })
          .strict()
          .refine((r) => r.max >= r.min, { message: '"max" must be at least "min"', path: ['max'] })
          .optional(),
      })
      .strict()
      .default({}),
    /** Where the version's training data is held (data residency). */
    region: Region.optional(),
    'created-by': Person,
    'created-at': Timestamp,
  })
  .strict();
export type VersionRecord = z.infer<typeof VersionRecord>;

// ---------------------------------------------------------------------------------------------
// releases/<environment>/<model>.yaml

export const Hold = z
  .object({
    version: VersionName(),
    reason: z.string().min(1).max(2000),
    by: Person,
    at: Timestamp,
    /** The alert fingerprint, when a drift revert placed the hold. */
    alert: z.string().min(1).max(200).optional(),
  })
  .strict();
export type Hold = z.infer<typeof Hold>;

export const ReleaseFile = z
  .object({
    ...header('Release'),
    model: ModelName(),
    environment: EnvironmentName(),
    version: VersionName(),
    digest: Digest,
    /** The version that ran here before this one. */
    previous: VersionName().optional(),
    /** The version a revert goes back to. */
    'last-known-good': VersionName().optional(),
    /** Versions that may not be promoted to this environment until a person lifts the hold. */
    holds: z.array(Hold).default([]),
    /** When this release was a revert or rollback: the version it replaced. */
    'revert-of': VersionName().optional(),
    request: z
      .object({ id: z.string().min(1), url: z.string().url().optional() })
      .strict()
      .optional(),
    'promoted-by': Person,
    'promoted-at': Timestamp,
    /** A canary, blue-green or A/B rollout under way (absent: the version takes all traffic). */
    rollout: RolloutState.optional(),
  })
  .strict();
export type ReleaseFile = z.infer<typeof ReleaseFile>;

// ---------------------------------------------------------------------------------------------
// gates/<environment>/<model>/<version>.yaml
//
// Gate evidence lives in a file of its own per (version, environment), written on the default branch by
// register before any promotion request exists, rather than carried in the promotion request: the version
// record stays immutable, the policy engine reads evidence from the base branch (which a request's author
// cannot edit: a request that touches gates/ is refused as unplanned), and the evidence outlives the request
// (a revert, a closed request or a re-promotion keep it). The file is append-only history: each run of the
// gates that counts is one attempt, and the last attempt is the one the policy engine judges.

export const GateAttempt = GateResults.extend({
  /** The workflow run that ran the gates, and its attempt (a "Re-run" keeps the URL and adds one). */
  'run-url': z.string().url().optional(),
  'run-attempt': z.number().int().positive().optional(),
  'recorded-by': Person,
  'recorded-at': Timestamp,
}).strict();
export type GateAttempt = z.infer<typeof GateAttempt>;

export const GateEvidenceFile = z
  .object({
    ...header('GateEvidence'),
    model: ModelName(),
    version: VersionName(),
    environment: EnvironmentName(),
    /** Oldest first; never rewritten, only appended to. The last one counts. */
    attempts: z.array(GateAttempt).min(1).max(1000),
  })
  .strict();
export type GateEvidenceFile = z.infer<typeof GateEvidenceFile>;

/** Every file kind the registry holds, by `kind`. */
export const FILE_KINDS = {
  Registry: RegistryConfig,
  Model: ModelFile,
  ModelVersion: VersionRecord,
  Release: ReleaseFile,
  GateEvidence: GateEvidenceFile,
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** The default dhow.yaml `dhow init` writes: dev -> staging -> production with 0, 1, 2 approvals. */
export function defaultRegistryConfig(): RegistryConfig {
  return RegistryConfig.parse({
    apiVersion: API_VERSION,
    kind: 'Registry',
    environments: [
      { name: 'dev', approvals: 0 },
      { name: 'staging', approvals: 1 },
      { name: 'production', approvals: 2 },
    ],
  });
}
