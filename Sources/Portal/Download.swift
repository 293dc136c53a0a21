import Foundation
import Hummingbird
import Reading
import Writing
import ZIPFoundation

/// A published disclosure in one writer format, as an attachment named after the department
/// and year.
enum Download {
    static func rendered(_ opened: PublicView.Opened, format: DownloadFormat) throws -> Rendered {
        let bytes = try body(opened, format: format)
        let name = "\(opened.department.name)-\(opened.fiscalYear)-决算.\(format.fileExtension)"
        let ascii = "disclosure-\(opened.fiscalYear).\(format.fileExtension)"
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        let disposition = format == .html ? "inline" : "attachment"
        return Rendered(headers: [
            .contentType: format.contentType,
            .contentDisposition: "\(disposition); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
            .xContentTypeOptions: "nosniff",
        ], body: ByteBuffer(bytes: bytes))
    }

    private static func body(_ opened: PublicView.Opened, format: DownloadFormat) throws -> Data {
        switch format {
        case .html: return Data(DisclosureHTML.renderUTF8(opened.model))
        case .xlsx: return try DisclosureWorkbook.data(opened.model)
        case .md: return Data(DisclosureMarkdown.render(opened.model).utf8)
        case .json: return Data(opened.version.modelJSON.utf8)
        case .datapackage: return try zip(DataPackage(opened.model))
        case .pdf:
            let printer: ChromiumPrinter
            do {
                printer = try ChromiumPrinter()
            } catch {
                throw PortalError.unavailable("服务器未安装 Chromium，暂时无法生成 PDF；请下载网页版后用浏览器打印。")
            }
            do {
                return try printer.pdf(fromHTML: DisclosureHTML.render(opened.model))
            } catch let error as ChromiumError {
                throw PortalError.unavailable("暂时无法生成 PDF（\(error)）；请稍后再试，或下载网页版后用浏览器打印。")
            }
        }
    }

    /// The data package's files in one zip, built in memory.
    private static func zip(_ package: DataPackage) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, contents) in package.files {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(contents.count), compressionMethod: .deflate) { position, size in
                contents.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw PortalError(status: .internalServerError, message: "无法生成开放数据压缩包") }
        return data
    }
}
