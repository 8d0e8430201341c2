import GRDB
import Model
import Testing

@Suite struct JSONTextTests {
    static let awkward = [
        "plain", "", "很好，希望增加体育活动", #"say "hi""#, #"back\slash"#, "two\nlines", "tab\there", "\r\u{08}\u{0C}",
        "\u{01}\u{1F}\u{7F}", "emoji 👍🏽", "\u{2028}", "trailing \\",
    ]

    @Test func writesWhatSQLiteWrites() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            for text in Self.awkward {
                let ours = JSONText.object([(key: "q", value: text), (key: "k\"ey", value: "v")])
                let sqlites = try String.fetchOne(
                    db, sql: "SELECT json_object('q', ?, 'k\"ey', 'v')", arguments: [text])
                #expect(ours == sqlites, "\(text.debugDescription)")
            }
        }
    }

    @Test func readsBackThroughSQLitesJSONFunctions() throws {
        let queue = try DatabaseQueue()
        let pairs = Self.awkward.enumerated().map { (key: "q\($0.offset)", value: $0.element) }
        let text = JSONText.object(pairs)
        let read = try queue.read { db in
            (
                try Bool.fetchOne(db, sql: "SELECT json_valid(?)", arguments: [text]),
                try Row.fetchAll(db, sql: "SELECT key, value FROM json_each(?)", arguments: [text]).map {
                    ($0[0] as String, $0[1] as String)
                }
            )
        }
        #expect(read.0 == true)
        #expect(read.1.map(\.0) == pairs.map(\.key))
        #expect(read.1.map(\.1) == pairs.map(\.value))
        #expect(JSONText.object([]) == "{}")
    }
}
