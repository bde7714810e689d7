// Setup for the browser and stress tests: they test what Chromium does, so without one they fail, naming what to
// install, instead of passing without having run.
import { findChrome } from '../../scripts/browser/find-chrome.js';
import { INSTALL_HINT } from '../../scripts/errors.js';

if (!findChrome()) throw new Error(`browser tests need Chrome or Chromium: ${INSTALL_HINT}`);
