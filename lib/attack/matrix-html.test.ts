import { describe, expect, it } from 'vitest';
import { heatCellsHtml, matrixCellsHtml } from './matrix-html';

describe('matrix cells as HTML', () => {
  it('draws a heat-map cell as a titled link coloured by coverage', () => {
    expect(heatCellsHtml([['T1020', 'Automated Exfiltration', 1]])).toBe(
      '<a href="/techniques/T1020" class="cov-1" title="T1020 Automated Exfiltration: 1 detection"></a>',
    );
    expect(heatCellsHtml([['T1048', 'Other', 0]])).toContain('title="T1048 Other: 0 detections"');
  });

  it('folds sub-techniques under their technique and marks the covered ones', () => {
    const html = matrixCellsHtml([
      [
        'T1020',
        'Automated Exfiltration',
        2,
        [
          ['T1020.001', 'Traffic Duplication', 2],
          ['T1020.002', 'Other', 0],
        ],
      ],
      ['T1048', 'Exfiltration Over Alternative Protocol', 0],
    ]);
    expect(html).toBe(
      '<li class="cov-2"><details><summary><a href="/techniques/T1020">Automated Exfiltration</a><span>2</span></summary>' +
        '<ul><li><a href="/techniques/T1020.001" class="on">Traffic Duplication</a></li>' +
        '<li><a href="/techniques/T1020.002">Other</a></li></ul></details></li>' +
        '<li class="cov-0"><a href="/techniques/T1048">Exfiltration Over Alternative Protocol</a></li>',
    );
  });

  it('escapes names, so a name cannot write markup', () => {
    const html = matrixCellsHtml([['T1', '<img src=x onerror=alert(1)> & "q"', 0]]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; "q"');
    expect(html).not.toContain('<img');
    expect(heatCellsHtml([['T1', '"><script>', 0]])).not.toContain('"><script>');
  });
});
