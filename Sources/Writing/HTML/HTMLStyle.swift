/// The document's inline style sheet: Chinese typography, the official table look, and print
/// rules for A4 with each table on a page of its own (wide tables on landscape pages).
enum HTMLStyle {
    static let css = """
    :root { --ink: #1a1a1a; --rule: #444; --head: #eef1f5; --bar: #2f5d8a; --budget: #b7c7d9; }
    html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; color: var(--ink); line-height: 1.75; }
    body { max-width: 1080px; margin: 0 auto; padding: 24px; }
    h1, h2, h3, h4, table, .chart, .title-block { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
    h1 { font-size: 26pt; text-align: center; margin: 0.5em 0; }
    h2 { font-size: 17pt; text-align: center; margin: 1.2em 0 0.6em; }
    h3 { font-size: 13pt; margin: 1em 0 0.4em; }
    p { text-indent: 2em; margin: 0.3em 0; text-align: justify; }
    .cover { text-align: center; padding-top: 30vh; min-height: 60vh; }
    .cover p { text-indent: 0; font-size: 14pt; }
    .part { break-before: page; page-break-before: always; }
    .table-page { break-before: page; page-break-before: always; }
    .title-block { display: flex; justify-content: space-between; font-size: 10pt; margin: 0.3em 0; }
    .title-block span { white-space: nowrap; }
    table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.35; }
    th, td { border: 0.6pt solid var(--rule); padding: 2px 4px; vertical-align: middle; }
    th { background: var(--head); font-weight: 600; text-align: center; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.code { font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.na { text-align: center; }
    .notes p { font-size: 9pt; text-indent: 0; }
    .chart { display: block; width: 100%; max-width: 720px; margin: 0.8em auto; font-size: 12px; }
    .chart .chart-title { font-size: 14px; font-weight: 600; }
    .chart .bar, .chart .actual { fill: var(--bar); }
    .chart .budget { fill: var(--budget); }
    dl dt { font-weight: 600; font-family: "Noto Sans CJK SC", sans-serif; margin-top: 0.6em; }
    dl dd { margin: 0 0 0 2em; }
    ol.duties { list-style: none; padding-left: 0; }
    ol.duties li { margin: 0.2em 0; text-indent: 2em; }
    .self-evaluation { break-before: page; page-break-before: always; }
    .self-evaluation table { margin-bottom: 0.6em; }
    @page { size: A4; margin: 16mm 14mm; }
    @page wide { size: A4 landscape; margin: 14mm 12mm; }
    .wide { page: wide; }
    @media print {
      body { max-width: none; padding: 0; }
      table { font-size: 8.5pt; }
      tr, .chart { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
    }
    """
}
