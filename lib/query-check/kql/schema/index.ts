// Every table and function a Sentinel query may name, as data: extend the lists in the files beside this one.
import { asimSchemas } from './asim';
import { cloudTables } from './cloud';
import { defenderTables } from './defender';
import { asimFunctions, type KqlFunctionSchema } from './functions';
import { oktaParser, oktaTables } from './okta';
import type { KqlTableSchema } from './types';
import { windowsLinuxTables } from './windows-linux';

export type { KqlFunctionSchema } from './functions';
export { columnsOf, type KqlColumn, type KqlTableSchema } from './types';

export const sentinelTables: KqlTableSchema[] = [
  ...windowsLinuxTables,
  ...cloudTables,
  ...defenderTables,
  ...oktaTables,
];

/** Shapes that functions return, by name (ASIM schemas and parser outputs). */
export const functionResultSchemas: KqlTableSchema[] = [...asimSchemas, oktaParser];

export const sentinelFunctions: KqlFunctionSchema[] = asimFunctions;
