/** dhow unhold: lifts a hold (see hold.ts, which both commands share). */
import { command } from './hold.js';

export const run = command('unhold');
