// The only components editors' MDX may use, each with the string attributes it accepts.
// components/mdx/components.tsx implements exactly these.
export const ALLOWED_MDX_COMPONENTS: Readonly<Record<string, ReadonlyArray<string>>> = {
  Callout: ['type', 'title'],
  Kbd: [],
};
