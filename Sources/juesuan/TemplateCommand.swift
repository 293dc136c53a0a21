import ArgumentParser
import Authoring
import Foundation

/// `juesuan template -o 模板.xlsx`: the authoring workbook (or its JSON/YAML equivalent) with a worked example.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "生成基础数据录入模板 (write the authoring template)",
        discussion: """
        写出录入基础数据的工作簿：每类基础数据一页，表头含填写说明与示例，并预填一个可直接生成的示例单位。
        --format json 或 yaml 写出等价的 JSON / YAML。填好后用 juesuan author 生成决算公开。
        Writes the authoring workbook (one sheet per kind of base figure, hints in the header row, a worked example).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xlsx, json, yaml
    }

    @Option(name: .long, help: "模板格式：xlsx、json 或 yaml (template format)")
    var format: Format?

    @Option(name: .shortAndLong, help: "输出文件；xlsx 必须指定 (output file)")
    var output: String?

    func run() throws {
        let chosen = format ?? output.flatMap { AuthoringFile.Format(path: $0) }.flatMap { Format(rawValue: $0.rawValue) } ?? .xlsx
        let data: Data
        switch chosen {
        case .xlsx: data = try WorkbookTemplate.workbook()
        case .json: data = Data(try WorkbookTemplate.json().utf8)
        case .yaml: data = Data(try WorkbookTemplate.yaml().utf8)
        }
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else if chosen == .xlsx {
            throw ValidationError("xlsx 模板须用 -o 指定输出文件 (use -o for an xlsx template)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
