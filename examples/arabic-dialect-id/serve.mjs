#!/usr/bin/env node
// Serves the dialect classifier on loopback. Prints "listening on http://127.0.0.1:<port>" once ready.
//   node serve.mjs [--port 0] [--model dhow-output/model.json]
// Without --model it uses $DHOW_OUTPUT_DIR/model.json when present, else fits the shipped data at start.
// Routes:
//   GET  /healthz                                  -> ok
//   POST /predict  {"text": "..."}                 -> {"dialect": "...", "scores": {...}}
//   POST /predict  {"instances": ["...", ...]}     -> {"predictions": [{"dialect", "scores"}, ...]}
//   POST /v1/models/arabic-dialect-id:predict      (KServe v1 protocol, same as {"instances"})
//   POST /echo     JSON {"text": "..."} -> {"text": "..."}; any other body is echoed byte for byte
// The echo route lets the encoding round-trip gate check that Arabic text survives the server untouched.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA, fit, predict, readExamples } from './model.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' }, model: { type: 'string' } },
});
const modelPath = values.model ?? (process.env.DHOW_OUTPUT_DIR ? join(process.env.DHOW_OUTPUT_DIR, 'model.json') : undefined);
const model = modelPath && existsSync(modelPath) ? JSON.parse(readFileSync(modelPath, 'utf8')) : fit(readExamples(DATA).filter((e) => e.split === 'train'));
const MAX_BODY = 1024 * 1024;

function send(response, status, body, type = 'application/json; charset=utf-8') {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
  response.writeHead(status, { 'content-type': type, 'content-length': bytes.length });
  response.end(bytes);
}

async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseJson(bytes) {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw Object.assign(new Error('the body is not UTF-8 JSON'), { status: 400 });
  }
}

function instances(body) {
  if (typeof body?.text === 'string') return null;
  if (Array.isArray(body?.instances) && body.instances.every((t) => typeof t === 'string')) return body.instances;
  throw Object.assign(new Error('expected {"text": string} or {"instances": [string, ...]}'), { status: 400 });
}

const server = createServer(async (request, response) => {
  try {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/healthz') return send(response, 200, 'ok\n', 'text/plain; charset=utf-8');
    if (request.method !== 'POST') return send(response, 405, { error: 'use POST' });
    const bytes = await readBody(request);
    const type = request.headers['content-type'] ?? 'application/octet-stream';
    if (path === '/echo') {
      if (!type.startsWith('application/json')) return send(response, 200, bytes, type);
      const body = parseJson(bytes);
      if (typeof body?.text !== 'string') return send(response, 400, { error: 'expected {"text": string}' });
      return send(response, 200, { text: body.text });
    }
    if (path === '/predict' || path === '/v1/models/arabic-dialect-id:predict') {
      const body = parseJson(bytes);
      const many = instances(body);
      if (many === null) return send(response, 200, predict(model, body.text));
      return send(response, 200, { predictions: many.map((text) => predict(model, text)) });
    }
    return send(response, 404, { error: `no route ${path}` });
  } catch (error) {
    send(response, error.status ?? 500, { error: error.message });
  }
});

server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`listening on http://${values.host}:${port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
