import Foundation
import Model
import Reports

/// Writes a report page (`--html FILE`).
///
/// Pages are made again every week or month, so a page this program wrote before is replaced;
/// any other existing file (a roster, a typo for another name) is refused and left alone.
/// `ReportFile` then writes it whole (to a temporary file moved into place).
enum ReportPage {
    static func write(_ html: String, to path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue, wroteEarlier(path) else {
                throw Refusal(
                    LocalizedText(
                        zh: "'\(path)' 已存在，且不是本程序写的报告网页，不会覆盖",
                        en:
                            "'\(path)' already exists and is not a report page this program wrote; it is not "
                            + "overwritten"
                    ),
                    hint: LocalizedText(zh: "换一个新文件名", en: "choose a new file name"))
            }
        }
        try ReportFile.write(html, to: path)
    }

    /// Whether the file at `path` starts like a page of `HTMLReport`.
    static func wroteEarlier(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 2048)) ?? Data(), as: UTF8.self)
        return head.hasPrefix("<!DOCTYPE html>") && head.contains(HTMLReport.generatorMark)
    }
}
