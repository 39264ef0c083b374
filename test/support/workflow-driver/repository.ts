/**
 * dhow's own GitHub repository, as package.json `repository` names it: the one place the name is written.
 * Docs and examples write `OWNER/dhow` where a user puts that name; the tests fill it in as a user would.
 */
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { repository?: { url?: string } };
const match = /github\.com\/([^/]+\/[^/]+?)(?:\.git)?$/.exec(manifest.repository?.url ?? '');
if (!match) throw new Error('package.json: repository.url must name the GitHub repository (git+https://github.com/OWNER/NAME.git)');

/** owner/name of dhow's repository: the `uses:` prefix of its actions and reusable workflows. */
export const DHOW_REPOSITORY: string = match[1]!;

/** `OWNER/dhow/...` in an example or a doc, with dhow's repository in its place. */
export function withDhowRepository(text: string): string {
  return text.replaceAll('OWNER/dhow/', `${DHOW_REPOSITORY}/`);
}
