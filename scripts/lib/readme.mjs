// The generated sections of README.md, each between a start and an end marker (readme-api.mjs,
// readme-vocab.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './dataset.mjs';

export const readmePath = join(root, 'README.md');

/**
 * README.md as it is (`readme`) and with its section between `start` and `end` replaced by
 * `lines` (`next`). Exits with a message naming the `name` markers when README.md lacks them.
 */
export function readmeSection(name, start, end, lines) {
  const readme = readFileSync(readmePath, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) {
    console.error(`README.md lacks the ${name} markers`);
    process.exit(1);
  }
  return { readme, next: `${readme.slice(0, from)}${start}\n\n${lines.join('\n')}\n${readme.slice(to)}` };
}
