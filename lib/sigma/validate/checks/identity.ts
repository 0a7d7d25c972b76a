import type { PathSegment } from '../../../text/yaml-path';
import type { YamlValue } from '../../read/yaml/load';
import { truncate } from './schema-messages';
import type { Check, CheckContext } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const identityCheck: Check = {
  name: 'identity',
  issues: {
    ID_NOT_UUID: { severity: 'error', description: 'id (or a related id) is not a UUID' },
    DATE_FORMAT: { severity: 'error', description: 'date or modified is not written YYYY-MM-DD' },
    DATE_INVALID: {
      severity: 'error',
      description: 'date or modified looks like YYYY-MM-DD but is no calendar date (2022-13-45)',
    },
    DATE_MODIFIED_BEFORE_DATE: { severity: 'warning', description: 'modified is earlier than date' },
  },
  run(ctx) {
    const data = ctx.rule.data;
    checkUuid(ctx, data.id, ['id']);
    if (Array.isArray(data.related)) {
      data.related.forEach((entry, i) => {
        if (entry && typeof entry === 'object' && !Array.isArray(entry)) checkUuid(ctx, entry.id, ['related', i, 'id']);
      });
    }
    const date = checkDate(ctx, data.date, 'date');
    const modified = checkDate(ctx, data.modified, 'modified');
    if (date && modified && modified < date) {
      ctx.report('DATE_MODIFIED_BEFORE_DATE', ['modified'], `modified (${modified}) is earlier than date (${date})`);
    }
  },
};

function checkUuid(ctx: CheckContext, value: YamlValue | undefined, path: PathSegment[]): void {
  if (typeof value !== 'string' || UUID.test(value)) return;
  const name = path.length > 1 ? `related[${String(path[1])}].id` : 'id';
  ctx.report(
    'ID_NOT_UUID',
    path,
    `${name}: '${truncate(value)}' is not a valid UUID (expected 8-4-4-4-12 hex digits, e.g. 929a690e-bef0-4204-a928-ef5e620d6fcc)`,
  );
}

/** Returns the date when it is a real calendar date, for the ordering check. Non-strings are the schema's. */
function checkDate(ctx: CheckContext, value: YamlValue | undefined, field: 'date' | 'modified'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const shape = DATE_SHAPE.exec(value);
  if (!shape) {
    ctx.report('DATE_FORMAT', [field], `${field}: '${truncate(value)}' does not match YYYY-MM-DD${slashHint(value)}`);
    return undefined;
  }
  const problem = calendarProblem(Number(shape[1]), Number(shape[2]), Number(shape[3]));
  if (problem) {
    ctx.report('DATE_INVALID', [field], `${field}: '${value}' is not a valid date (${problem})`);
    return undefined;
  }
  return value;
}

function slashHint(value: string): string {
  const slashed = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(value);
  return slashed ? ` (write '${slashed[1]}-${slashed[2]}-${slashed[3]}'; Sigma 2 no longer accepts slashes)` : '';
}

export function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days, not ${day}`;
  return undefined;
}
