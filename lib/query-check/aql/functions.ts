// AQL functions IBM documents for QRadar (Ariel Query Language guide, 7.4-7.5: "AQL data retrieval functions",
// "AQL data calculation and formatting functions", "AQL aggregate functions"; https://www.ibm.com/docs/en/qsip/7.5?
// topic=language-aql-functions). A function not on this list is an error: extend the list from IBM's pages.

// biome-ignore format: a word list reads best packed
export const AQL_FUNCTIONS = new Set([
  // data retrieval
  'APPLICATIONNAME', 'ARIELSERVERS4EPID', 'ARIELSERVERS4EPNAME', 'ASSETHOSTNAME', 'ASSETPROPERTY', 'ASSETUSER',
  'CATEGORYNAME', 'DOMAINNAME', 'GLOBALVIEW', 'HOSTNAME', 'INCIDR', 'INOFFENSE', 'LOGSOURCEGROUPNAME', 'LOGSOURCENAME',
  'LOGSOURCETYPENAME', 'MATCHESASSETSEARCH', 'NETWORKNAME', 'PROCESSORNAME', 'PROTOCOLNAME', 'QIDDESCRIPTION', 'QIDNAME',
  'REFERENCEMAP', 'REFERENCEMAPSETCONTAINS', 'REFERENCESETCONTAINS', 'REFERENCETABLE', 'RULENAME', 'UTF8',
  'XFORCE_IP_CATEGORY', 'XFORCE_URL_CATEGORY', 'GEO::LOOKUP', 'GEO::DISTANCE',
  // calculation and formatting
  'BASE64', 'CONCAT', 'DATEFORMAT', 'DOUBLE', 'LONG', 'LOWER', 'NOW', 'PARSEDATETIME', 'PARSETIMESTAMP', 'REPLACEALL',
  'REPLACEFIRST', 'STR', 'STRLEN', 'STRPOS', 'SUBSTRING', 'UPPER',
  // aggregate
  'AVG', 'COUNT', 'FIRST', 'LAST', 'MAX', 'MIN', 'STDEV', 'STDEVP', 'SUM', 'UNIQUECOUNT',
]);

/** Keywords that may stand before "(" without being a function call (`IN (...)`, `AND (...)`). */
// biome-ignore format: a word list reads best packed
export const AQL_KEYWORDS = new Set([
  'SELECT', 'FROM', 'WHERE', 'GROUP', 'BY', 'HAVING', 'ORDER', 'LIMIT', 'LAST', 'START', 'STOP', 'AND', 'OR', 'NOT',
  'IN', 'AS', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'LIKE', 'ILIKE', 'MATCHES', 'IMATCHES', 'BETWEEN', 'IS', 'NULL',
  'ASC', 'DESC', 'DISTINCT', 'PARAMETERS', 'INTO', 'TEXT', 'SEARCH', 'ON', 'OVER', 'TRUE', 'FALSE',
]);

/** The Ariel databases a query may read. */
export const AQL_DATABASES = new Set(['events', 'flows', 'simarc']);
