/** Entry of the prepare-release action (bundled to dist/prepare-release/index.js). */
import { run } from './main.js';

void run();
