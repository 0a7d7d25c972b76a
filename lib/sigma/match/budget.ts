// Every match run is bounded. An event too large or too deeply nested is refused before the matcher sees it, and
// the time a run (and each event in it) takes is checked while it matches, so a rule and events that people type
// end with a MatchBudgetError naming the limit, never with a hung process. Regular expressions already run in
// linear time (regex.ts); these limits bound what linear still costs: size times the rule's work.
import { utf8Length } from '../../text/utf8';

export interface MatchBudget {
  /** Bytes of one event written as JSON (UTF-8). */
  eventBytes: number;
  /** Objects and arrays nested in one another in one event. */
  eventDepth: number;
  /** Bytes of all the events of one run together, as JSON. */
  runBytes: number;
  /** Milliseconds matching one event may take. */
  eventMillis: number;
  /** Milliseconds a whole run may take. */
  runMillis: number;
}

/** Far above a real log record (a Sysmon or CloudTrail event is a few KB), far below what makes matching slow. */
export const MAX_EVENT_BYTES = 256 * 1024;
/** Real records nest fewer than 10 levels; the matcher walks fields, arrays and keyword searches level by level. */
export const MAX_EVENT_DEPTH = 64;
/** A proof's samples or a batch of pasted events: hundreds of real records fit, a log dump does not. */
export const MAX_RUN_BYTES = 4 * 1024 * 1024;
/** A real rule matches an event in microseconds; a second means a rule or event built to be slow. */
export const MAX_EVENT_MILLIS = 1000;
/** A run answers a person (a page's proof, an import, the editor) and must end while they wait. */
export const MAX_RUN_MILLIS = 2000;

/** The budget of proofs (content import, detection pages) and of any run that names no other. */
export const DEFAULT_MATCH_BUDGET: Readonly<MatchBudget> = {
  eventBytes: MAX_EVENT_BYTES,
  eventDepth: MAX_EVENT_DEPTH,
  runBytes: MAX_RUN_BYTES,
  eventMillis: MAX_EVENT_MILLIS,
  runMillis: MAX_RUN_MILLIS,
};

export type BudgetLimit = keyof MatchBudget;

export class MatchBudgetError extends Error {
  readonly limit: BudgetLimit;
  /** The limit's value (bytes, levels or milliseconds). */
  readonly max: number;
  /** The event the run stopped at, as the caller named it (`event 3`, `line 12`, `sample 'aws-create'`). */
  readonly at: string;

  constructor(limit: BudgetLimit, max: number, at: string, message: string) {
    super(message);
    this.name = 'MatchBudgetError';
    this.limit = limit;
    this.max = max;
    this.at = at;
  }
}

/** What the compiled rule reports as it works: one unit is about one character examined by one test. */
export interface Meter {
  charge(units: number): void;
}

/** For compiling without running (the validator) and for callers that bound nothing (benchmarks). */
export const UNMETERED: Meter = { charge() {} };

/** Units between two looks at the clock: rare enough to cost nothing, often enough to stop within milliseconds. */
const UNITS_PER_CLOCK_CHECK = 1 << 20;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * One run of a rule over events. Compile the rule with this run as its meter (`compileRule(rule, { meter: run })`),
 * then `admit` each event before matching it.
 */
export class MatchRun implements Meter {
  readonly budget: Readonly<MatchBudget>;
  private readonly now: () => number;
  private readonly runDeadline: number;
  private eventDeadline = Number.POSITIVE_INFINITY;
  /** The event being admitted or matched. */
  private current = 'the first event';
  private bytes = 0;
  private units = 0;

  constructor(budget: Readonly<MatchBudget> = DEFAULT_MATCH_BUDGET, now: () => number = () => performance.now()) {
    this.budget = budget;
    this.now = now;
    this.runDeadline = now() + budget.runMillis;
  }

  /**
   * Checks an event against the budget before it is matched, and starts its clock. `bytes` is its JSON size when
   * the caller already knows it (a line of JSON Lines); otherwise it is measured.
   */
  admit(event: unknown, at: string, bytes?: number): void {
    // Time between events (a CLI reading its next line) counts against the run, not against either event.
    this.eventDeadline = Number.POSITIVE_INFINITY;
    this.current = at;
    this.checkTime();
    // A known size is checked first, so an oversized line is refused without walking it.
    if (bytes !== undefined) this.checkSize(bytes, at);
    const { eventDepth } = this.budget;
    if (depthOver(event, eventDepth)) {
      throw new MatchBudgetError(
        'eventDepth',
        eventDepth,
        at,
        `${at} nests objects and arrays more than ${count(eventDepth)} levels deep, the limit per event`,
      );
    }
    // Only now is JSON.stringify safe: it recurses once per level.
    if (bytes === undefined) this.checkSize(utf8Length(JSON.stringify(event) ?? ''), at);
    this.eventDeadline = this.now() + this.budget.eventMillis;
  }

  private checkSize(size: number, at: string): void {
    const { eventBytes, runBytes } = this.budget;
    if (size > eventBytes) {
      throw new MatchBudgetError(
        'eventBytes',
        eventBytes,
        at,
        `${at} is ${count(size)} bytes as JSON, more than the ${count(eventBytes)} bytes allowed per event`,
      );
    }
    this.bytes += size;
    if (this.bytes > runBytes) {
      throw new MatchBudgetError(
        'runBytes',
        runBytes,
        at,
        `the events up to ${at} are ${count(this.bytes)} bytes as JSON, more than the ${count(runBytes)} bytes allowed per run`,
      );
    }
  }

  charge(units: number): void {
    this.units += units;
    if (this.units < UNITS_PER_CLOCK_CHECK) return;
    this.units = 0;
    this.checkTime();
  }

  private checkTime(): void {
    const now = this.now();
    if (now > this.runDeadline) {
      const { runMillis } = this.budget;
      throw new MatchBudgetError(
        'runMillis',
        runMillis,
        this.current,
        `matching took more than ${count(runMillis)} ms, the limit per run (stopped at ${this.current})`,
      );
    }
    if (now > this.eventDeadline) {
      const { eventMillis } = this.budget;
      throw new MatchBudgetError(
        'eventMillis',
        eventMillis,
        this.current,
        `matching ${this.current} took more than ${count(eventMillis)} ms, the limit per event: the rule's tests are too costly for this event`,
      );
    }
  }
}

/** Whether `value` nests deeper than `limit`, found without recursion (the value may be nested 100,000 deep). */
function depthOver(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
