// Splunk's built-in search commands and eval functions, from the Splunk Enterprise Search Reference (9.x: "Command
// quick reference" and "Evaluation functions"; https://docs.splunk.com/Documentation/Splunk/latest/SearchReference).
// A command or eval function not on these lists is an error: extend them from Splunk's pages (an app's own custom
// commands belong here too when our content uses them).

// biome-ignore format: a word list reads best packed
export const SPL_COMMANDS = new Set([
  'abstract', 'accum', 'addcoltotals', 'addinfo', 'addtotals', 'analyzefields', 'anomalies', 'anomalousvalue',
  'anomalydetection', 'append', 'appendcols', 'appendpipe', 'arules', 'associate', 'audit', 'autoregress', 'bin',
  'bucket', 'bucketdir', 'chart', 'cluster', 'cofilter', 'collect', 'concurrency', 'contingency', 'convert', 'correlate',
  'counttable', 'datamodel', 'datamodelsimple', 'dbinspect', 'dedup', 'delete', 'delta', 'diff', 'erex', 'eval',
  'eventcount', 'eventstats', 'extract', 'fieldformat', 'fields', 'fieldsummary', 'filldown', 'fillnull', 'findtypes',
  'folderize', 'foreach', 'format', 'from', 'fromjson', 'gauge', 'gentimes', 'geom', 'geomfilter', 'geostats', 'head',
  'highlight', 'history', 'iconify', 'inputcsv', 'inputintelligence', 'inputlookup', 'iplocation', 'join', 'kmeans', 'kv',
  'kvform', 'loadjob', 'localize', 'localop', 'lookup', 'makecontinuous', 'makemv', 'makeresults', 'map', 'mcollect',
  'metadata', 'metasearch', 'meventcollect', 'mpreview', 'msearch', 'mstats', 'multikv', 'multisearch', 'mvcombine',
  'mvexpand', 'nomv', 'outlier', 'outputcsv', 'outputlookup', 'outputtext', 'overlap', 'pivot', 'predict', 'rangemap',
  'rare', 'redistribute', 'regex', 'reltime', 'rename', 'replace', 'require', 'rest', 'return', 'reverse', 'rex',
  'rtorder', 'savedsearch', 'script', 'run', 'scrub', 'search', 'searchtxn', 'selfjoin', 'sendalert', 'sendemail', 'set',
  'setfields', 'sichart', 'sirare', 'sistats', 'sitimechart', 'sitop', 'sort', 'spath', 'stats', 'strcat',
  'streamstats', 'table', 'tags', 'tail', 'timechart', 'timewrap', 'tojson', 'top', 'transaction', 'transpose',
  'trendline', 'tscollect', 'tstats', 'typeahead', 'typelearner', 'typer', 'union', 'uniq', 'untable', 'walklex',
  'where', 'x11', 'xmlkv', 'xmlunescape', 'xpath', 'xyseries',
]);

/** Commands whose arguments are eval expressions, where function calls are checked. */
export const EVAL_COMMANDS = new Set(['eval', 'where', 'fieldformat']);

// biome-ignore format: a word list reads best packed
export const EVAL_FUNCTIONS = new Set([
  // comparison and conditional
  'case', 'cidrmatch', 'coalesce', 'false', 'if', 'in', 'like', 'lookup', 'match', 'null', 'nullif', 'searchmatch',
  'true', 'validate',
  // conversion
  'ipmask', 'printf', 'toarray', 'tobool', 'tojson', 'tomv', 'tonumber', 'toobject', 'tostring',
  // cryptographic
  'md5', 'sha1', 'sha256', 'sha512',
  // date and time
  'now', 'relative_time', 'strftime', 'strptime', 'time',
  // informational
  'isarray', 'isbool', 'isdouble', 'isint', 'isnotnull', 'isnull', 'isnum', 'isobject', 'isstr', 'typeof',
  // JSON
  'json_append', 'json_array', 'json_array_to_mv', 'json_delete', 'json_entries', 'json_extend', 'json_extract',
  'json_extract_exact', 'json_has_key_exists', 'json_keys', 'json_object', 'json_set', 'json_set_exact', 'json_valid',
  // mathematical
  'abs', 'ceiling', 'ceil', 'exact', 'exp', 'floor', 'ln', 'log', 'pi', 'pow', 'round', 'sigfig', 'sqrt', 'sum',
  // multivalue
  'commands', 'mvappend', 'mvcount', 'mvdedup', 'mvfilter', 'mvfind', 'mvindex', 'mvjoin', 'mvmap', 'mvrange', 'mvsort',
  'mvzip', 'mv_to_json_array', 'split',
  // statistical
  'avg', 'max', 'min', 'random',
  // text
  'len', 'lower', 'ltrim', 'replace', 'rtrim', 'spath', 'substr', 'trim', 'upper', 'urldecode',
  // trigonometry and hyperbolic
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cos', 'cosh', 'hypot', 'sin', 'sinh', 'tan', 'tanh',
  // bitwise
  'bit_and', 'bit_or', 'bit_not', 'bit_xor', 'bit_shift_left', 'bit_shift_right',
]);
