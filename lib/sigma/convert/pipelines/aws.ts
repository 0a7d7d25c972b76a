// AWS CloudTrail.
import { elastic, JSON_COLUMN, QID_NOTE, qradar, splunk } from './cloud-common';
import type { LogSourcePipeline } from './types';

export const AWS_PIPELINES: readonly LogSourcePipeline[] = [
  {
    id: 'aws-cloudtrail',
    family: 'aws',
    logsource: { product: 'aws', service: 'cloudtrail' },
    targets: {
      // The add-on keeps CloudTrail's JSON keys as field names (eventName, userIdentity.arn, requestParameters.x).
      splunk: splunk('aws:cloudtrail', 'Splunk Add-on for AWS'),
      sentinel: {
        dataSource: 'AWS CloudTrail in the AWSCloudTrail table (Amazon Web Services connector)',
        tables: ['AWSCloudTrail'],
        filters: [],
        fields: {
          eventName: 'EventName',
          eventSource: 'EventSource',
          eventType: 'EventTypeName',
          eventVersion: 'EventVersion',
          errorCode: 'ErrorCode',
          errorMessage: 'ErrorMessage',
          userAgent: 'UserAgent',
          sourceIPAddress: 'SourceIpAddress',
          awsRegion: 'AWSRegion',
          recipientAccountId: 'RecipientAccountId',
          readOnly: 'ReadOnly',
          'userIdentity.type': 'UserIdentityType',
          'userIdentity.arn': 'UserIdentityArn',
          'userIdentity.principalId': 'UserIdentityPrincipalid',
          'userIdentity.accountId': 'UserIdentityAccountId',
          'userIdentity.userName': 'UserIdentityUserName',
          'userIdentity.accessKeyId': 'UserIdentityAccessKeyId',
          'userIdentity.invokedBy': 'UserIdentityInvokedBy',
          'userIdentity.sessionContext.sessionIssuer.type': 'SessionIssuerType',
          'userIdentity.sessionContext.sessionIssuer.userName': 'SessionIssuerUserName',
          'userIdentity.sessionContext.sessionIssuer.arn': 'SessionIssuerArn',
          'userIdentity.sessionContext.attributes.mfaAuthenticated': 'SessionMfaAuthenticated',
          requestParameters: 'RequestParameters',
          responseElements: 'ResponseElements',
          additionalEventData: 'AdditionalEventData',
          'requestParameters.*': JSON_COLUMN('RequestParameters'),
          'responseElements.*': JSON_COLUMN('ResponseElements'),
          'additionalEventData.*': JSON_COLUMN('AdditionalEventData'),
        },
      },
      elastic: elastic('logs-aws.cloudtrail-*', 'AWS CloudTrail', {
        eventName: 'event.action',
        eventSource: 'event.provider',
        eventType: 'aws.cloudtrail.event_type',
        errorCode: 'aws.cloudtrail.error_code',
        errorMessage: 'aws.cloudtrail.error_message',
        userAgent: 'user_agent.original',
        sourceIPAddress: 'source.address',
        awsRegion: 'cloud.region',
        recipientAccountId: 'aws.cloudtrail.recipient_account_id',
        'userIdentity.type': 'aws.cloudtrail.user_identity.type',
        'userIdentity.arn': 'aws.cloudtrail.user_identity.arn',
        'userIdentity.accessKeyId': 'aws.cloudtrail.user_identity.access_key_id',
        'userIdentity.userName': 'user.name',
        'userIdentity.invokedBy': 'aws.cloudtrail.user_identity.invoked_by',
        'userIdentity.sessionContext.sessionIssuer.type':
          'aws.cloudtrail.user_identity.session_context.session_issuer.type',
        'userIdentity.sessionContext.attributes.mfaAuthenticated':
          'aws.cloudtrail.user_identity.session_context.mfa_authenticated',
        requestParameters: 'aws.cloudtrail.request_parameters',
        responseElements: 'aws.cloudtrail.response_elements',
        additionalEventData: 'aws.cloudtrail.additional_eventdata',
        'requestParameters.*': {
          name: 'aws.cloudtrail.flattened.request_parameters.{rest}',
          note: "the integration keeps request parameters under aws.cloudtrail.flattened.request_parameters only when its 'flattened' option is on",
        },
        'responseElements.*': {
          name: 'aws.cloudtrail.flattened.response_elements.{rest}',
          note: "the integration keeps response elements under aws.cloudtrail.flattened.response_elements only when its 'flattened' option is on",
        },
        'additionalEventData.*': {
          name: 'aws.cloudtrail.flattened.additional_eventdata.{rest}',
          note: "the integration keeps additional event data under aws.cloudtrail.flattened.additional_eventdata only when its 'flattened' option is on",
        },
      }),
      qradar: qradar('Amazon AWS CloudTrail', {
        eventName: { expr: 'QIDNAME(qid)', note: QID_NOTE },
        sourceIPAddress: { expr: 'sourceip' },
        'userIdentity.userName': { expr: 'username' },
      }),
    },
  },
];
