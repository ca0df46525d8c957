/** Entry of the prepare-release action (bundled to dist/prepare-release/index.js). */
import { favourShortRun } from '../../core/v8-tuning.js';
import { run } from './main.js';

// A prepare is a short process (see favourShortRun); set here, in the entry, so tests calling run() keep V8's defaults.
favourShortRun();
void run();
