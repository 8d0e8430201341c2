import Foundation
import Model

/// Reads a text file a school hands us: UTF-8 (with or without a byte order mark), or GB18030 —
/// the encoding Excel in China saves CSV files in.
public enum TextFile {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text of the file at `path`, or a refusal that says why it cannot be read.
    public static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw Refusal(
                zh: "无法读取文件 '\(path)'", en: "cannot read file '\(path)'",
                hintZh: "检查路径；相对路径从启动命令行的文件夹算起",
                hintEn: "check the path; a relative path starts from where the shell was started")
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        if let text = String(data: data, encoding: gb18030) { return text }
        throw Refusal(
            zh: "文件 '\(path)' 既不是 UTF-8 也不是 GB18030 文本", en: "file '\(path)' is neither UTF-8 nor GB18030 text",
            hintZh: "在 Excel 中另存为“CSV UTF-8”", hintEn: "save it from Excel as 'CSV UTF-8'")
    }
}
