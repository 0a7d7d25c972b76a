import { describe, expect, it } from 'vitest';
import { scopesOf, tokenize } from './test-scopes';

const esql = (code: string) => tokenize(code, 'esql');

describe('ES|QL grammar', () => {
  it('reads FROM logs-* as a source command with an index pattern', async () => {
    const tokens = await esql('FROM logs-*');
    expect(scopesOf(tokens, 'FROM')).toContain('keyword.other.command.source.esql');
    expect(scopesOf(tokens, 'logs-*')).toEqual([
      'source.esql',
      'meta.source-command.esql',
      'entity.name.type.index.esql',
    ]);
  });

  it('reads dotted, listed and remote index patterns and METADATA fields', async () => {
    const tokens = await esql('from logs-aws.cloudtrail-*, remote:logs-okta* METADATA _id, _index\n| LIMIT 10');
    expect(scopesOf(tokens, 'from')).toContain('keyword.other.command.source.esql');
    expect(scopesOf(tokens, 'logs-aws.cloudtrail-*')).toContain('entity.name.type.index.esql');
    expect(scopesOf(tokens, 'remote:logs-okta*')).toContain('entity.name.type.index.esql');
    expect(scopesOf(tokens, 'METADATA')).toContain('keyword.other.metadata.esql');
    expect(scopesOf(tokens, '_id')).toContain('variable.other.field.esql');
    expect(scopesOf(tokens, '_id')).not.toContain('entity.name.type.index.esql');
    expect(scopesOf(tokens, 'LIMIT')).toContain('keyword.other.command.esql');
    expect(scopesOf(tokens, '10')).toEqual(['source.esql', 'constant.numeric.esql']);
  });

  it('reads | WHERE event.action IN (...)', async () => {
    const tokens = await esql(
      'FROM logs-*\n| WHERE event.action IN ("CreateTrafficMirrorSession", "CreateTrafficMirrorTarget")',
    );
    expect(scopesOf(tokens, '|')).toEqual(['source.esql', 'keyword.operator.pipe.esql']);
    expect(scopesOf(tokens, 'WHERE')).toEqual(['source.esql', 'keyword.other.command.esql']);
    expect(scopesOf(tokens, 'event.action')).toEqual(['source.esql', 'variable.other.field.esql']);
    expect(scopesOf(tokens, 'IN')).toEqual(['source.esql', 'keyword.operator.word.esql']);
    expect(scopesOf(tokens, 'CreateTrafficMirrorSession')).toEqual(['source.esql', 'string.quoted.double.esql']);
  });

  it('reads | STATS count = COUNT(*) BY user.name', async () => {
    const tokens = await esql('FROM logs-*\n| STATS count = COUNT(*) BY user.name');
    expect(scopesOf(tokens, 'STATS')).toContain('keyword.other.command.esql');
    expect(scopesOf(tokens, 'count')).toEqual(['source.esql', 'variable.other.field.esql']);
    expect(scopesOf(tokens, '=')).toContain('keyword.operator.assignment.esql');
    expect(scopesOf(tokens, 'COUNT')).toEqual(['source.esql', 'support.function.aggregate.esql']);
    expect(scopesOf(tokens, '*')).toContain('constant.language.wildcard.esql');
    expect(scopesOf(tokens, 'BY')).toContain('keyword.other.esql');
    expect(scopesOf(tokens, 'user.name')).toContain('variable.other.field.esql');
  });

  it('reads every processing command after a pipe, in any case', async () => {
    const commands = [
      'eval',
      'KEEP',
      'drop',
      'RENAME',
      'sort',
      'LIMIT',
      'DISSECT',
      'grok',
      'MV_EXPAND',
      'where',
      'stats',
      'SAMPLE',
      'CHANGE_POINT',
    ];
    for (const command of commands) {
      const tokens = await esql(`FROM logs-*\n| ${command} x`);
      expect(scopesOf(tokens, command), command).toContain('keyword.other.command.esql');
    }
  });

  it('reads LOOKUP JOIN and ENRICH with the index or policy they name', async () => {
    const tokens = await esql(
      'FROM logs-*\n| LOOKUP JOIN threat-intel ON source.ip\n| ENRICH hosts-policy ON host.name WITH os = host.os',
    );
    expect(scopesOf(tokens, 'LOOKUP JOIN')).toContain('keyword.other.command.esql');
    expect(scopesOf(tokens, 'threat-intel')).toContain('entity.name.type.index.esql');
    expect(scopesOf(tokens, 'ON', 0)).toContain('keyword.other.esql');
    expect(scopesOf(tokens, 'ENRICH')).toContain('keyword.other.command.esql');
    expect(scopesOf(tokens, 'hosts-policy')).toContain('entity.name.type.policy.esql');
    expect(scopesOf(tokens, 'WITH')).toContain('keyword.other.esql');
  });

  it('keeps command names that are only fields as fields', async () => {
    const tokens = await esql('FROM metrics-*\n| EVAL limit = ts + 1\n| WHERE sort > 0');
    expect(scopesOf(tokens, 'limit')).toEqual(['source.esql', 'variable.other.field.esql']);
    expect(scopesOf(tokens, 'ts')).toEqual(['source.esql', 'variable.other.field.esql']);
    expect(scopesOf(tokens, 'sort')).toEqual(['source.esql', 'variable.other.field.esql']);
  });

  it('reads // and /* */ comments, and nothing inside them as code', async () => {
    const tokens = await esql('// FROM secrets\nFROM logs-* /* | DROP x */\n| KEEP a // trailing | LIMIT 1');
    expect(scopesOf(tokens, 'FROM secrets')).toContain('comment.line.double-slash.esql');
    expect(scopesOf(tokens, '| DROP x')).toContain('comment.block.esql');
    expect(scopesOf(tokens, 'trailing | LIMIT 1')).toContain('comment.line.double-slash.esql');
    expect(scopesOf(tokens, 'KEEP')).toContain('keyword.other.command.esql');
  });

  it('reads strings with escapes and triple-quoted strings', async () => {
    const tokens = await esql(
      'FROM logs-*\n| WHERE message == "say \\"hi\\"" \n| DISSECT message """%{a} "%{b}" %{c}"""',
    );
    expect(scopesOf(tokens, '\\"')).toContain('constant.character.escape.esql');
    expect(scopesOf(tokens, '%{a} "%{b}" %{c}')).toEqual(['source.esql', 'string.quoted.triple.esql']);
  });

  it('reads backtick-quoted identifiers as fields', async () => {
    const tokens = await esql('FROM logs-*\n| KEEP `1.field`, `odd``name`');
    expect(scopesOf(tokens, '1.field')).toContain('variable.other.field.quoted.esql');
    expect(scopesOf(tokens, '``')).toContain('constant.character.escape.esql');
  });

  it('reads functions, time spans, casts, parameters and operators', async () => {
    const tokens = await esql(
      'FROM logs-*\n| WHERE @timestamp > NOW() - 1 hour AND TO_LOWER(user.name) LIKE "adm*" AND port::long >= ?min_port\n| STATS c = COUNT_DISTINCT(source.ip) BY b = BUCKET(@timestamp, 15 minutes)\n| SORT c DESC NULLS LAST',
    );
    expect(scopesOf(tokens, '@timestamp')).toContain('variable.other.field.esql');
    expect(scopesOf(tokens, 'NOW')).toContain('support.function.esql');
    expect(scopesOf(tokens, '1 hour')).toContain('constant.numeric.timespan.esql');
    expect(scopesOf(tokens, '15 minutes')).toContain('constant.numeric.timespan.esql');
    expect(scopesOf(tokens, 'TO_LOWER')).toContain('support.function.esql');
    expect(scopesOf(tokens, 'LIKE')).toContain('keyword.operator.word.esql');
    expect(scopesOf(tokens, 'AND')).toContain('keyword.operator.logical.esql');
    expect(scopesOf(tokens, '::')).toContain('keyword.operator.cast.esql');
    expect(scopesOf(tokens, 'long')).toContain('storage.type.esql');
    expect(scopesOf(tokens, '>=')).toContain('keyword.operator.comparison.esql');
    expect(scopesOf(tokens, '?min_port')).toContain('variable.parameter.esql');
    expect(scopesOf(tokens, 'COUNT_DISTINCT')).toContain('support.function.aggregate.esql');
    expect(scopesOf(tokens, 'BUCKET')).toContain('support.function.grouping.esql');
    expect(scopesOf(tokens, 'NULLS LAST')).toContain('keyword.other.order.esql');
  });

  it('reads ROW as a source command whose values are expressions', async () => {
    const tokens = await esql('ROW a = 1, b = "two", c = true');
    expect(scopesOf(tokens, 'ROW')).toContain('keyword.other.command.source.esql');
    expect(scopesOf(tokens, 'a')).toContain('variable.other.field.esql');
    expect(scopesOf(tokens, 'true')).toContain('constant.language.esql');
  });
});
