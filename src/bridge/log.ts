/** The bridge's JSON log lines are the HTTP skeleton's (src/http/log.ts); kept here for existing importers. */
export { jsonLogger, type JsonLogger, type LogFields, type LogLevel } from '../http/log.js';
