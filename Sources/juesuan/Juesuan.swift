import ArgumentParser

/// juesuan: read, check and publish 部门决算公开 (departmental final-accounts disclosures).
@main
struct Juesuan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "juesuan",
        abstract: "部门决算公开的读取、核对与发布工具 (departmental final-accounts disclosures)",
        subcommands: [
            ReadCommand.self, CheckCommand.self, RulesCommand.self, ScoreCommand.self, RenderCommand.self,
            TemplateCommand.self, AuthorCommand.self, ServeCommand.self, AdminCommand.self,
        ]
    )
}
