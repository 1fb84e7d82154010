import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WELCOME_PATH } from '@/utils/own-page-paths';

describe('own page paths', () => {
  it('the welcome path names the welcome entrypoint WXT builds', () => {
    const name = WELCOME_PATH.replace(/^\//, '').replace(/\.html$/, '');
    expect(fs.existsSync(path.join(__dirname, '..', '..', 'entrypoints', name, 'index.html'))).toBe(true);
  });
});
