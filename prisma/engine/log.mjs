// Log lines on stderr in the native engine's JSON shape: the CLI parses every stderr line as JSON,
// keeps `fields.message`, and treats a line with level ERROR as the reason when the engine exits non-zero.
export function log(level, message, target = 'schema_engine', extra = {}) {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target })}\n`,
  );
}

export const info = (message, extra) => log('INFO', message, 'schema_engine', extra);
