/** Entry of the publish-and-verify action (bundled to dist/publish-and-verify/index.js). */
import { run } from './main.js';

void run();
