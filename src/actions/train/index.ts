// The train action's entry: the main step, or the post step when the runner calls the same file again.
import module from 'node:module';
import * as core from '../runner.js';

// V8's code cache in the OS temp directory (NODE_DISABLE_COMPILE_CACHE=1 turns it off), enabled before the
// action's code is loaded (a chunk of its own, through the dynamic import) so the post step and later steps on
// the same runner skip compiling it again; test/bench/startup.bench.ts measures it.
module.enableCompileCache?.();
if (core.getState('isPost') === 'true') {
  void import('./main.js').then(({ post }) => post());
} else {
  core.saveState('isPost', 'true');
  void import('./main.js').then(({ run }) => run());
}
