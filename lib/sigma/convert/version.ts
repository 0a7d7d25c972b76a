// Bump when any backend or pipeline changes what it emits: stored conversions made by another version are redone.
export const CONVERTER_VERSION = '1.1.4';
