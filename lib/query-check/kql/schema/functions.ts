// The ASIM parser functions a Sentinel workspace has, each returning its schema (asim.ts), with the filtering
// parameters Microsoft documents for it (all optional). `im<Schema>` and `_Im_<Schema>` take the parameters; the
// `ASim<Schema>` / `_ASim_<Schema>` forms take none. Names and parameters from the ASIM schema pages
// (https://learn.microsoft.com/azure/sentinel/normalization-schema-<schema>, "Filtering parser parameters") and
// the ASIM parser list (https://learn.microsoft.com/azure/sentinel/normalization-parsers-list).

export interface KqlFunctionSchema {
  names: string[];
  /** Name of the schema in asim.ts (or okta.ts) whose columns the function returns. */
  returns: string;
  /** `name:type` pairs; every parameter is optional. */
  parameters: string[];
}

const TIME = ['starttime:datetime', 'endtime:datetime'];

export const asimFunctions: KqlFunctionSchema[] = [
  {
    names: ['imProcessCreate', '_Im_ProcessCreate', 'imProcessTerminate', '_Im_ProcessTerminate', 'imProcessEvent'],
    returns: 'ProcessEvent',
    parameters: [
      ...TIME,
      'commandline_has_any:dynamic',
      'commandline_has_all:dynamic',
      'commandline_has_any_ip_prefix:dynamic',
      'actingprocess_has_any:dynamic',
      'targetprocess_has_any:dynamic',
      'parentprocess_has_any:dynamic',
      'targetusername_has:string',
      'dvcipaddr_has_any_prefix:dynamic',
      'dvchostname_has_any:dynamic',
      'eventtype:string',
      'disabled:bool',
    ],
  },
  {
    names: ['ASimProcessCreate', 'ASimProcessTerminate', '_ASim_ProcessEvent'],
    returns: 'ProcessEvent',
    parameters: [],
  },
  {
    names: ['imAuthentication', '_Im_Authentication'],
    returns: 'Authentication',
    parameters: [
      ...TIME,
      'username_has_any:dynamic',
      'targetappname_has_any:dynamic',
      'srcipaddr_has_any_prefix:dynamic',
      'srchostname_has_any:dynamic',
      'eventtype_in:dynamic',
      'eventresultdetails_in:dynamic',
      'eventresult:string',
      'disabled:bool',
    ],
  },
  { names: ['ASimAuthentication', '_ASim_Authentication'], returns: 'Authentication', parameters: [] },
  {
    names: ['imNetworkSession', '_Im_NetworkSession'],
    returns: 'NetworkSession',
    parameters: [
      ...TIME,
      'srcipaddr_has_any_prefix:dynamic',
      'dstipaddr_has_any_prefix:dynamic',
      'ipaddr_has_any_prefix:dynamic',
      'dstportnumber:int',
      'hostname_has_any:dynamic',
      'dvcaction:dynamic',
      'eventresult:string',
      'disabled:bool',
    ],
  },
  { names: ['ASimNetworkSession', '_ASim_NetworkSession'], returns: 'NetworkSession', parameters: [] },
  {
    names: ['imDns', '_Im_Dns'],
    returns: 'Dns',
    parameters: [
      ...TIME,
      'srcipaddr:string',
      'domain_has_any:dynamic',
      'responsecodename:string',
      'response_has_ipv4:string',
      'response_has_any_prefix:dynamic',
      'eventtype:string',
      'disabled:bool',
    ],
  },
  { names: ['ASimDns', '_ASim_Dns'], returns: 'Dns', parameters: [] },
  {
    names: ['imFileEvent', '_Im_FileEvent'],
    returns: 'FileEvent',
    parameters: [
      ...TIME,
      'eventtype_in:dynamic',
      'srcipaddr_has_any_prefix:dynamic',
      'actorusername_has_any:dynamic',
      'targetfilepath_has_any:dynamic',
      'srcfilepath_has_any:dynamic',
      'hashes_has_any:dynamic',
      'dvchostname_has_any:dynamic',
      'disabled:bool',
    ],
  },
  { names: ['ASimFileEvent', '_ASim_FileEvent'], returns: 'FileEvent', parameters: [] },
  {
    names: ['imRegistry', '_Im_Registry'],
    returns: 'RegistryEvent',
    parameters: [
      ...TIME,
      'eventtype_in:dynamic',
      'actorusername_has_any:dynamic',
      'registrykey_has_any:dynamic',
      'registryvalue_has_any:dynamic',
      'registryvaluedata_has_any:dynamic',
      'dvchostname_has_any:dynamic',
      'disabled:bool',
    ],
  },
  { names: ['ASimRegistry', '_ASim_Registry'], returns: 'RegistryEvent', parameters: [] },
  {
    names: ['imWebSession', '_Im_WebSession'],
    returns: 'WebSession',
    parameters: [
      ...TIME,
      'srcipaddr_has_any_prefix:dynamic',
      'ipaddr_has_any_prefix:dynamic',
      'url_has_any:dynamic',
      'httpuseragent_has_any:dynamic',
      'eventresultdetails_in:dynamic',
      'eventresult:string',
      'disabled:bool',
    ],
  },
  { names: ['ASimWebSession', '_ASim_WebSession'], returns: 'WebSession', parameters: [] },
  {
    names: ['imAuditEvent', '_Im_AuditEvent'],
    returns: 'AuditEvent',
    parameters: [
      ...TIME,
      'srcipaddr_has_any_prefix:dynamic',
      'eventtype_in:dynamic',
      'eventresult:string',
      'actorusername_has_any:dynamic',
      'operation_has_any:dynamic',
      'object_has_any:dynamic',
      'newvalue_has_any:dynamic',
      'disabled:bool',
    ],
  },
  { names: ['ASimAuditEvent', '_ASim_AuditEvent'], returns: 'AuditEvent', parameters: [] },
  {
    names: ['imUserManagement', '_Im_UserManagement'],
    returns: 'UserManagement',
    parameters: [
      ...TIME,
      'srcipaddr_has_any_prefix:dynamic',
      'targetusername_has_any:dynamic',
      'actorusername_has_any:dynamic',
      'eventtype_in:dynamic',
      'disabled:bool',
    ],
  },
  { names: ['ASimUserManagement', '_ASim_UserManagement'], returns: 'UserManagement', parameters: [] },
  { names: ['OktaSSO'], returns: 'OktaSSO', parameters: [] },
];
