// Every browser test file may save screenshots to tests/output/ (git-ignored). Puppeteer, unlike
// Playwright, does not create the folder, so on a fresh clone the first Firefox screenshot failed.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

mkdirSync(path.resolve(__dirname, '../../output'), { recursive: true });
