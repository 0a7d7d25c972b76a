import { Document, isScalar, isSeq, Scalar, visit } from 'yaml';

// Characters YAML gives a meaning somewhere: a list item holding one is written in double quotes, as authors do
// or a space (`tables: ["aws:cloudtrail"]`), rather than relying on the finer rules of plain scalars in flow context.
const INDICATOR = /[\s:*&!|>'"%@`#,[\]{}]/;

// The one YAML style our content files are written in: block mappings, lists of plain scalars on one line
// (`techniques: [T1020.001]`), front matter lines never folded
// (long prose stays one line, as authors write it); tests.yml folded at 120 (lossless for plain scalars).
export function yamlText(value: unknown, options = { flowScalarLists: true, lineWidth: 0 }): string {
  const doc = new Document(value);
  if (options.flowScalarLists) {
    visit(doc, {
      Seq(_, node) {
        if (!isSeq(node) || !node.items.every((item) => isScalar(item))) return;
        node.flow = true;
        for (const item of node.items) {
          if (isScalar(item) && typeof item.value === 'string' && INDICATOR.test(item.value)) {
            item.type = Scalar.QUOTE_DOUBLE;
          }
        }
      },
    });
  }
  return doc.toString({ lineWidth: options.lineWidth, flowCollectionPadding: false });
}
