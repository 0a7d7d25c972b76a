import type { DetectionFront, PlatformDef, TestPlan, VariantFront } from './schemas';

export interface VariantSource {
  platform: string;
  front: VariantFront;
  query: string;
  description: string;
  tuning: string;
  mdxFile: string;
  queryFile: string;
}

export interface DetectionSource {
  slug: string;
  dir: string;
  front: DetectionFront;
  overview: string;
  investigation: string;
  response: string;
  hunting: string;
  sigmaFile: string;
  /** The rule exactly as stored on disk (a BOM, if any, is kept), served byte for byte. */
  sigmaYaml: string;
  testsFile: string;
  testPlan: TestPlan;
  variants: VariantSource[];
  /** sha-256 over every file of the folder, so an unchanged detection is not rewritten. */
  contentHash: string;
}

export interface ContentSet {
  root: string;
  platforms: PlatformDef[];
  detections: DetectionSource[];
}
