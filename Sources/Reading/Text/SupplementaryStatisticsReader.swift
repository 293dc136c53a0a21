import Classification
import Disclosure

/// Reads 部门决算公开相关信息统计表: labelled lines with a 行次 and one figure, in three
/// sections (政府采购, 机关运行经费, 国有资产占用).
struct SupplementaryStatisticsReader {
    func read(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) -> SupplementaryStatisticsTable {
        let part = region.kind.rawValue
        let table = TabbedTable(region, notes: &notes)
        var result = SupplementaryStatisticsTable(heading: table.heading)
        var items: [SummaryTableReader.Item] = []
        for row in table.rows {
            let label = row.cell(0)
            let core = LabelText.core(label)
            // Section headings and column headers carry no figure.
            if core.hasSuffix("情况") || core == "机关运行经费" || core == "项目" || row.cell(2) == "统计数" { continue }
            let rowNumber = CellText.integer(row.cell(1))
            let raw = row.cell(2)
            let location = row.location
            items.append(SummaryTableReader.Item(label: label, rowNumber: rowNumber, amounts: [], location: location))
            if core.includes("车辆数") || core.includes("用车") || core.includes("设备") {
                let count = raw.isEmpty ? nil : CellText.integer(raw)
                if !raw.isEmpty && count == nil {
                    notes.unplaced("“\(label)”应为整数，实际为“\(raw)”", at: location, part: part, excerpt: raw)
                }
                let line = CountLine(label: label, rowNumber: rowNumber, count: count, location: location)
                if core.includes("车辆数") {
                    result.vehicleTotal = line
                } else if core.includes("设备") {
                    result.largeEquipment = line
                } else if let kind = vehicleKind(of: core) {
                    result.vehicles.append(VehicleLine(kind: kind, line: line))
                } else {
                    notes.unplaced("无法识别的车辆类别“\(label)”", at: location, part: part, excerpt: label)
                }
                continue
            }
            let line = SummaryLine(label: label, rowNumber: rowNumber,
                                   amount: TabbedTable.cell(raw, at: location, part: part, column: label, unit: table.heading.unit, notes: &notes),
                                   location: location)
            switch core {
            case "合计": result.procurementTotal = line
            case "货物": result.procurementGoods = line
            case "工程": result.procurementWorks = line
            case "服务": result.procurementServices = line
            case _ where core.includes("参照公务员法"): result.operatingCostsCivilServiceManaged = line
            case _ where core.includes("行政单位"): result.operatingCostsAdministrative = line
            default: notes.unplaced("无法识别的统计行“\(label)”", at: location, part: part, excerpt: row.line.text)
            }
        }
        SummaryTableReader.noteRowNumberGaps(items, part: part, notes: &notes)
        return result
    }

    /// The kind of vehicle a label names, brackets aside: the label's are removed once, not once
    /// for every kind.
    private func vehicleKind(of core: String) -> VehicleKind? {
        let bare = withoutBrackets(core)
        return VehicleKind.allCases.first { bare.includes(withoutBrackets($0.rawValue)) }
    }

    /// By scalars and bytes: filtering characters against a string of brackets compared each
    /// through the string machinery, most of reading this short table.
    private func withoutBrackets(_ text: String) -> String {
        PrintedName.removing(text) { $0 == "(" || $0 == ")" || $0 == "（" || $0 == "）" }
    }
}
