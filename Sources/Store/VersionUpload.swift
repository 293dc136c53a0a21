import Checking
import Disclosure

/// Everything one upload adds: the source file, the model read from it and the findings the
/// checks raised. The store keeps all three together as one immutable version.
public struct VersionUpload: Sendable {
    public let department: DepartmentID
    public let fiscalYear: Int
    public let source: SourceFile
    public let model: Disclosure
    public let findings: [Finding]

    public init(department: DepartmentID, fiscalYear: Int, source: SourceFile, model: Disclosure, findings: [Finding]) {
        self.department = department
        self.fiscalYear = fiscalYear
        self.source = source
        self.model = model
        self.findings = findings
    }
}
