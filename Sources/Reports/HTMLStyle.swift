/// The report pages' only style sheet, inlined in each page: system fonts, a layout that fits a
/// 390-pixel phone without scrolling sideways, two columns of charts on wide screens, and print rules.
enum HTMLStyle {
    static let css = """
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:#f4f5f7;color:#1f2933;line-height:1.5;overflow-wrap:anywhere;
        font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei",
        "Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
        main{max-width:1200px;margin:0 auto;padding:16px}
        header h1{font-size:1.45rem;line-height:1.3;margin:0 0 4px}
        header p{margin:0;color:#4b5563}
        h2{font-size:1.05rem;margin:0 0 8px}
        .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px;margin:16px 0 12px}
        .figure,.card{background:#fff;border:1px solid #e2e5e9;border-radius:10px;padding:14px 16px;min-width:0}
        .figure h2{font-size:1rem;color:#4b5563;font-weight:600;margin:0}
        .figure .big{font-size:2.6rem;font-weight:700;line-height:1.15;margin:4px 0 6px;color:#1d4f91;
        font-variant-numeric:tabular-nums}
        .figure p{margin:2px 0;font-size:.9rem}
        .up{color:#15803d}.down{color:#b91c1c}.flat{color:#4b5563}
        .up,.down,.flat{white-space:nowrap}
        .facts{margin:0 0 12px;padding:12px 16px 12px 34px}
        .facts li{margin:2px 0}
        .charts{display:grid;grid-template-columns:minmax(0,1fr);gap:12px}
        .charts .wide{grid-column:1/-1}
        @media (min-width:720px){.charts{grid-template-columns:repeat(2,minmax(0,1fr))}}
        @media (min-width:1100px){.charts{grid-template-columns:repeat(3,minmax(0,1fr))}}
        svg.chart{display:block;width:100%;height:auto;max-width:520px}
        svg.stacked{display:block;width:100%;height:auto;max-width:560px}
        .table-wrap{overflow-x:auto;max-width:100%;margin-top:10px}
        table{border-collapse:collapse;width:100%;font-size:.85rem;overflow-wrap:break-word}
        caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .table-wrap{position:relative}
        th,td{border-bottom:1px solid #e5e7eb;padding:4px 6px;text-align:left;vertical-align:top}
        thead th{background:#f8f9fa;font-weight:600;word-break:keep-all}
        td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        td.words{text-align:left;color:#4b5563}
        th[scope=row]{min-width:5em}
        .long-rows th[scope=row]{min-width:11em}
        .legend{display:flex;flex-wrap:wrap;gap:2px 14px;list-style:none;padding:0;margin:4px 0 8px;font-size:.85rem}
        .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:4px;vertical-align:-.1em;
        -webkit-print-color-adjust:exact;print-color-adjust:exact}
        .questions{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,320px),1fr));gap:4px 24px}
        .questions>div{display:flex;flex-direction:column;justify-content:flex-end;min-width:0}
        .question{margin:8px 0 4px;font-size:.9rem}
        .note{color:#4b5563;font-size:.8rem;margin:12px 0 0}
        .empty{color:#6b7280;margin:0}
        @media print{
        body{background:#fff;font-size:10.5pt}
        main{max-width:none;padding:0}
        .figures{grid-template-columns:repeat(3,minmax(0,1fr))}
        .charts{grid-template-columns:repeat(2,minmax(0,1fr))}
        .charts .wide{grid-column:1/-1}
        .figure,.card{border-color:#9ca3af}
        .figure,svg,tr,h2{break-inside:avoid}
        h2{break-after:avoid}
        .questions>div{break-inside:avoid}
        .table-wrap{overflow:visible}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        @page{margin:14mm}
        """
}
