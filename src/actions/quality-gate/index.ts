/** Entry of the quality-gate action (bundled to dist/quality-gate/index.js). */
import { run } from './main.js';

void run();
