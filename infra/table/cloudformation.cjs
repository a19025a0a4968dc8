// serverless.yml reads the table's CloudFormation Properties from here:
//   Properties: ${file(./infra/table/cloudformation.cjs):properties}
// The shape itself is definition.json, which the local bootstrap (infra/src/table.ts) also
// uses, so the deployed table and DynamoDB Local cannot drift apart.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file for osls
const { TimeToLiveAttribute, ...definition } = require('./definition.json');

module.exports.properties = async ({ resolveVariable }) => ({
  TableName: await resolveVariable('self:custom.tableName'),
  ...definition,
  TimeToLiveSpecification: { AttributeName: TimeToLiveAttribute, Enabled: true },
  PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
  SSESpecification: { SSEEnabled: true },
});
