/** Text rules of GitHub that the github forge follows: blob ids, body limits, comment markers. */

/** owner/name as GitHub allows them: an owner of letters, digits and inner hyphens; a name of letters, digits, '.', '_', '-'. */
export const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

/** Git's object id of a blob holding `text` (UTF-8): sha1("blob <bytes>\0<content>"). */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  // node:crypto loads on first use: the actions import REPOSITORY from here at start-up and hash nothing then.
  return process.getBuiltinModule('node:crypto').createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** GitHub refuses pull request and comment bodies over 65,536 characters. */
export const BODY_LIMIT = 65_536;

/**
 * Cuts a Markdown body to fit under `limit` characters: at a line boundary (never inside a table row or
 * a surrogate pair), closing an open code fence, with a note saying what was left out.
 */
export function truncateBody(body: string, limit = BODY_LIMIT, note = 'the rest is in the registry commit'): string {
  if (body.length <= limit) return body;
  const notice = `\n\n> **Truncated**: this text was longer than GitHub allows (${limit.toLocaleString('en-US')} characters); ${note}.\n`;
  const budget = limit - notice.length - '\n```'.length;
  let cut = body.slice(0, Math.max(0, budget));
  // Never end between the two halves of a surrogate pair.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  // End on a whole line: a half table row breaks the table, a half line may break a link.
  const newline = cut.lastIndexOf('\n');
  if (newline > 0) cut = cut.slice(0, newline);
  const fences = (cut.match(/^```/gm) ?? []).length;
  if (fences % 2 === 1) cut += '\n```';
  return cut + notice;
}

/** The hidden marker that identifies dhow's sticky comment for one purpose. */
export function commentMarker(purpose: string): string {
  return `<!-- dhow:${purpose} -->`;
}
