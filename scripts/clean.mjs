#!/usr/bin/env node
// Removes the build output so no stale file from an earlier build can be shipped or tested.
import { rmSync } from 'node:fs';
for (const dir of ['build', 'dist']) rmSync(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true });
