// The four backends, by target.
import type { Target } from '../types';
import { aql } from './aql';
import { esql } from './esql';
import { kql } from './kql';
import { spl } from './spl';
import type { Backend } from './types';

export const BACKENDS: Readonly<Record<Target, Backend>> = { qradar: aql, splunk: spl, sentinel: kql, elastic: esql };
