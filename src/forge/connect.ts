/**
 * The github forge as an action builds it: token, registry as owner/name, the API root from the
 * `api-url` input or GITHUB_API_URL (GitHub Enterprise Server). DHOW_GITHUB_PACING=off turns GitHub's
 * write pacing off, for emulators only.
 */
import { DhowError } from '../errors.js';
import { createGitHubForge, REPOSITORY, type GitHubForge } from './github.js';
import type { Logger } from '../logger.js';

export interface ConnectInput {
  token: string;
  registry: string;
  apiUrl?: string;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /** How errors name the registry and the API root: the action's inputs by default, a CLI's flags otherwise. */
  names?: { registry: string; apiUrl: string };
}

const INPUT_NAMES = { registry: 'input "registry"', apiUrl: 'input "api-url"' };

export function connectRegistry({ token, registry, apiUrl, logger, env = process.env, names = INPUT_NAMES }: ConnectInput): GitHubForge {
  // An action's errors name the input as a field; a CLI's messages name the flag already.
  const field = (name: string) => (names === INPUT_NAMES ? { field: name } : {});
  if (!REPOSITORY.test(registry)) throw new DhowError('usage', `${names.registry} must be owner/name, got "${registry}"`, field('registry'));
  const baseUrl = apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
  // Credentials in the URL would reach logs and error messages (and are not how GitHub authenticates):
  // refused without echoing the URL.
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
    throw new DhowError(
      'usage',
      `${names.apiUrl} must not carry a user name or password (the token goes in ${names === INPUT_NAMES ? 'the token input' : '$GITHUB_TOKEN'})`,
      field('api-url'),
    );
  }
  if (!/^https?:\/\//.test(baseUrl)) throw new DhowError('usage', `${names.apiUrl} must be an http(s) URL, got "${baseUrl}"`, field('api-url'));
  const pacing = env.DHOW_GITHUB_PACING !== 'off';
  return createGitHubForge({ token, repository: registry, baseUrl, logger, pacing, ...(pacing ? {} : { backoffUnitMs: 20 }) });
}

/** The URL of this workflow run, for commit statuses and summaries. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
