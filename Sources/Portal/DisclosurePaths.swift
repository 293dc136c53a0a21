/// The portal's URLs for a disclosure, built in one place so links and routes agree.
enum DisclosurePaths {
    static func page(_ department: String, _ year: Int) -> String {
        "/d/\(MarkupEscape.urlComponent(department))/\(year)"
    }

    static func download(_ department: String, _ year: Int, _ format: DownloadFormat) -> String {
        page(department, year) + format.pathSuffix
    }
}
