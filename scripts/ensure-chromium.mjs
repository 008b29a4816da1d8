#!/usr/bin/env node
// Makes sure a Chromium is there for the browser tests. When none is found and we are root
// with apt-get, installs Debian's `chromium` (saying so); otherwise stops with the command.
import { execSync } from 'node:child_process';
import { findChromium } from './lib/chromium.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium';
let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    hasApt = true;
  } catch {}
  if (isRoot && hasApt) {
    console.log(`No Chromium found: installing Debian's chromium (${INSTALL}) ...`);
    execSync(INSTALL, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    found = findChromium();
  }
  if (!found) {
    console.error('No Chromium or Chrome was found for the browser tests.');
    console.error(`Install it with:  sudo ${INSTALL}`);
    console.error('or point CHROME_PATH at a Chrome/Chromium binary.');
    process.exit(1);
  }
}
console.log(`Browser tests use ${found}`);
