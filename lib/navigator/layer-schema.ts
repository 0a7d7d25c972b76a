// The ATT&CK Navigator layer format 4.5 as a JSON Schema (2020-12), written from MITRE's specification
// (attack-navigator, layers/spec/v4.5/layerformat.md): required fields, types, the values it allows. MITRE publishes
// no schema of its own; tests hold our layers to this one.
const link = {
  oneOf: [
    {
      type: 'object',
      required: ['label', 'url'],
      properties: { label: { type: 'string' }, url: { type: 'string' } },
      additionalProperties: false,
    },
    {
      type: 'object',
      required: ['divider'],
      properties: { divider: { type: 'boolean' } },
      additionalProperties: false,
    },
  ],
};
const metadata = {
  oneOf: [
    {
      type: 'object',
      required: ['name', 'value'],
      properties: { name: { type: 'string' }, value: { type: 'string' } },
      additionalProperties: false,
    },
    {
      type: 'object',
      required: ['divider'],
      properties: { divider: { type: 'boolean' } },
      additionalProperties: false,
    },
  ],
};
const color = { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' };

export const LAYER_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ATT&CK Navigator layer, format 4.5',
  type: 'object',
  required: ['name', 'domain', 'versions'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    versions: {
      type: 'object',
      required: ['navigator', 'layer'],
      additionalProperties: false,
      properties: {
        attack: { type: 'string', pattern: '^\\d+$' },
        navigator: { type: 'string', pattern: '^(4\\.(9|\\d{2,})|[5-9]|\\d{2,})\\.' },
        layer: { const: '4.5' },
      },
    },
    domain: { enum: ['enterprise-attack', 'mobile-attack', 'ics-attack'] },
    description: { type: 'string' },
    customDataURL: { type: 'string' },
    filters: {
      type: 'object',
      properties: { platforms: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
    sorting: { enum: [0, 1, 2, 3] },
    layout: {
      type: 'object',
      additionalProperties: false,
      properties: {
        layout: { enum: ['side', 'flat', 'mini'] },
        showID: { type: 'boolean' },
        showName: { type: 'boolean' },
        showAggregateScores: { type: 'boolean' },
        countUnscored: { type: 'boolean' },
        aggregateFunction: { enum: ['average', 'min', 'max', 'sum'] },
        expandedSubtechniques: { enum: ['none', 'all', 'annotated'] },
      },
    },
    hideDisabled: { type: 'boolean' },
    techniques: {
      type: 'array',
      items: {
        type: 'object',
        required: ['techniqueID'],
        additionalProperties: false,
        properties: {
          techniqueID: { type: 'string', pattern: '^T\\d{4}(\\.\\d{3})?$' },
          tactic: { type: 'string', pattern: '^[a-z]+(-[a-z]+)*$' },
          comment: { type: 'string' },
          enabled: { type: 'boolean' },
          score: { type: 'number' },
          color: { anyOf: [color, { const: '' }] },
          metadata: { type: 'array', items: metadata },
          links: { type: 'array', items: link },
          showSubtechniques: { type: 'boolean' },
        },
      },
    },
    gradient: {
      type: 'object',
      required: ['colors', 'minValue', 'maxValue'],
      additionalProperties: false,
      properties: {
        colors: { type: 'array', minItems: 2, items: color },
        minValue: { type: 'number' },
        maxValue: { type: 'number' },
      },
    },
    legendItems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['label', 'color'],
        additionalProperties: false,
        properties: { label: { type: 'string' }, color },
      },
    },
    showTacticRowBackground: { type: 'boolean' },
    tacticRowBackground: color,
    selectTechniquesAcrossTactics: { type: 'boolean' },
    selectSubtechniquesWithParent: { type: 'boolean' },
    selectVisibleTechniques: { type: 'boolean' },
    metadata: { type: 'array', items: metadata },
    links: { type: 'array', items: link },
  },
} as const;

/** What the schema cannot say: the gradient's maxValue must be above its minValue. */
export function gradientProblem(layer: { gradient?: { minValue: number; maxValue: number } }): string | null {
  const g = layer.gradient;
  return g && !(g.maxValue > g.minValue) ? `gradient.maxValue ${g.maxValue} must be > minValue ${g.minValue}` : null;
}
