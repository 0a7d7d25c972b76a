// pg behind Prisma's driver adapter, with three gaps the schema engine falls into patched.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { postgresParts, withDatabase } from './datasource.mjs';

const CHAR_OID = 18; // Postgres's internal one-byte "char" (pg_class.relkind, pg_constraint.contype...)
const TEXT_OID = 25;

// Introspection reads catalog columns of type "char", which adapter-pg rejects as an unsupported type.
// Their values arrive as strings anyway, so we label them text before the adapter looks.
class CharAsTextClient extends pg.Client {
  query(config, values, callback) {
    if (typeof values === 'function') [values, callback] = [undefined, values];
    if (typeof callback === 'function') {
      return super.query(config, values, (err, res) => callback(err, err ? res : relabel(res)));
    }
    const result = super.query(config, values);
    return typeof result?.then === 'function' ? result.then(relabel) : result;
  }
}

function relabel(res) {
  for (const r of Array.isArray(res) ? res : [res]) {
    for (const field of r?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return res;
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

// The wasm engine reads the schema name from the adapter when it describes the database, but its DDL is
// unqualified and lands wherever search_path points. So `?schema=x` becomes both, and the schema is created
// on connect, as the native engine does.
function adapterFactory(connectionString, schema) {
  const factory = new PrismaPg(
    { connectionString, Client: CharAsTextClient, ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}) },
    schema ? { schema } : undefined,
  );
  return {
    adapterName: factory.adapterName,
    provider: factory.provider,
    async connect() {
      const adapter = wholeScripts(await factory.connect());
      return schema ? createSchemaOnFirstUse(adapter, schema) : adapter;
    },
  };
}

// On first use rather than on connect: the engine connects at startup even for a diff that never queries.
function createSchemaOnFirstUse(adapter, schema) {
  const executeScript = adapter.executeScript.bind(adapter);
  let created;
  const ensure = () => (created ??= executeScript(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`));
  for (const method of ['queryRaw', 'executeRaw', 'executeScript', 'startTransaction']) {
    const original = adapter[method].bind(adapter);
    adapter[method] = async (...args) => {
      await ensure();
      return original(...args);
    };
  }
  return adapter;
}

export function postgresAdapterFactory(url, shadowDatabaseUrl) {
  const { connectionString, schema } = postgresParts(url);
  const main = adapterFactory(connectionString, schema);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      if (shadowDatabaseUrl) {
        const shadow = postgresParts(shadowDatabaseUrl);
        return adapterFactory(shadow.connectionString, shadow.schema).connect();
      }
      // adapter-pg would spread { connectionString, database } into pg, and pg lets connectionString win,
      // so its "shadow" is the main database. We build the shadow database's URL ourselves.
      const admin = await main.connect();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE ${quoteIdent(name)}`);
      try {
        const shadow = await adapterFactory(withDatabase(connectionString, name), schema).connect();
        const dispose = shadow.dispose.bind(shadow);
        shadow.dispose = async () => {
          try {
            await dispose();
            await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
          } finally {
            await admin.dispose();
          }
        };
        return shadow;
      } catch (error) {
        await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).finally(() => admin.dispose());
        throw error;
      }
    },
  };
}

// adapter-pg's executeScript splits on every ";", which breaks on a semicolon inside a string or a function
// body. Postgres runs a multi-statement simple query as one implicit transaction, as the native engine relies on.
function wholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}
