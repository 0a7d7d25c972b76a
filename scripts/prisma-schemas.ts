// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the models are written once.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { postgresSchemaFrom } from '../lib/db/schemas';

const source = readFileSync('prisma/schema.prisma', 'utf8');
mkdirSync('prisma/postgresql', { recursive: true });
writeFileSync('prisma/postgresql/schema.prisma', postgresSchemaFrom(source));
console.log('wrote prisma/postgresql/schema.prisma');
