// The revert action's entry: turns on Node's compile cache, then loads the action and calls run().
import module from 'node:module';

// V8's code cache in the OS temp directory (NODE_DISABLE_COMPILE_CACHE=1 turns it off), enabled before the
// action's code is loaded (a chunk of its own, through the dynamic import) so a later step on the same runner
// skips compiling it again; test/bench/startup.bench.ts measures it.
module.enableCompileCache?.();
void import('./main.js').then(({ run }) => run());
