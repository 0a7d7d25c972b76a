// The command line the Prisma CLI gives the native schema-engine binary:
//   schema-engine [--datamodels <file>]... [--datasource <json>] [--enabled-preview-features a,b] [--extension-types <json>]
//   schema-engine --datasource <json> cli <can-connect-to-database|create-database|drop-database>
//   schema-engine --version
export function parseArgs(argv) {
  const args = { datamodelPaths: [], datasource: undefined, previewFeatures: [], cli: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '-d':
      case '--datamodels':
        args.datamodelPaths.push(value());
        break;
      case '--datasource':
        args.datasource = JSON.parse(value());
        break;
      case '--enabled-preview-features':
        args.previewFeatures = value().split(',').filter(Boolean);
        break;
      case '--extension-types':
        value(); // Postgres extension types: the wasm engine takes none, and this project declares none.
        break;
      case '-V':
      case '--version':
        args.version = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case 'cli':
        args.cli = argv[i + 1];
        if (!args.cli) throw new Error('cli needs a command: can-connect-to-database, create-database or drop-database');
        i = argv.length;
        break;
      default:
        throw new Error(`unknown argument: ${arg}`);
    }
  }
  return args;
}

export const USAGE = `schema-engine (Tripline's stand-in: @prisma/schema-engine-wasm over driver adapters)

Usage:
  schema-engine [--datamodels <file>]... [--datasource <json>]      JSON-RPC on stdin/stdout
  schema-engine --datasource <json> cli <command>                    can-connect-to-database | create-database | drop-database
  schema-engine --version
`;
