/// The writer formats a disclosure can be downloaded in.
enum DownloadFormat: String, CaseIterable, Sendable {
    case html, xlsx, md, json, datapackage, pdf

    /// What follows `/d/{department}/{year}` in the URL.
    var pathSuffix: String {
        switch self {
        case .html, .xlsx, .md, .json: ".\(rawValue)"
        case .datapackage: "/datapackage.zip"
        case .pdf: "/pdf"
        }
    }

    var label: String {
        switch self {
        case .html: "网页 (HTML)"
        case .xlsx: "Excel (XLSX)"
        case .md: "Markdown"
        case .json: "JSON"
        case .datapackage: "开放数据 (CSV + datapackage.json)"
        case .pdf: "PDF"
        }
    }

    var contentType: String {
        switch self {
        case .html: "text/html; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .md: "text/markdown; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .datapackage: "application/zip"
        case .pdf: "application/pdf"
        }
    }

    var fileExtension: String {
        switch self {
        case .datapackage: "zip"
        default: rawValue
        }
    }
}
