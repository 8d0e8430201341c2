import GRDB
import Model
import TestSupport
import Testing

@testable import Store

@Suite struct FlatJSONTests {
    /// The pairs `FlatJSON` reads from `text`, or nil when it gives up.
    static func pairs(_ text: String) -> [String]? {
        var found: [String] = []
        let flat = Array(text.utf8).withUnsafeBufferPointer { bytes in
            FlatJSON.forEachPair(in: bytes) { key, value in
                found.append(String(decoding: key, as: UTF8.self) + "=" + String(decoding: value, as: UTF8.self))
            }
        }
        return flat ? found : nil
    }

    @Test func readsBackWhatIsWritten() throws {
        let values = JSONTextTests.awkward
        let pairs = values.enumerated().map { (key: "q\($0.offset)", value: $0.element) }
        #expect(Self.pairs(JSONText.object(pairs)) == pairs.map { "\($0.key)=\($0.value)" })
        #expect(Self.pairs(JSONText.object([])) == [])
        // And what SQLite writes, which is the same text.
        let sqlites = try DatabaseQueue().read { db in
            try String.fetchOne(db, sql: "SELECT json_object('a', ?, 'b\"', ?)", arguments: [values[3], values[8]])
        }
        #expect(Self.pairs(try #require(sqlites)) == ["a=\(values[3])", "b\"=\(values[8])"])
    }

    @Test(arguments: [
        (#" { "a" : "x" , "b":"y" } "#, ["a=x", "b=y"]),
        (#"{"a":"\/\u00e9\ud83d\udc4d\u4F60"}"#, ["a=/é👍你"]),
        (#"{"":""}"#, ["="]),
    ])
    func readsOtherSpellingsOfTheSameObject(text: String, expected: [String]) {
        #expect(Self.pairs(text) == expected)
    }

    @Test(arguments: [
        #"{"a":1}"#, #"{"a":{"b":"c"}}"#, #"["a"]"#, #"{"a":"b""#, #"{"a":"\x"}"#, "not json", #"{"a":"b",}"#,
        #"{"a":"\ud83d"}"#, #"{"a":"\udc4d"}"#, #"{"a":"b"} x"#, "", #"{"a" "b"}"#, "{\"a\":\"line\nbreak\"}",
    ])
    func givesUpOnAnythingElse(text: String) {
        #expect(Self.pairs(text) == nil)
    }

    @Test func anObjectItCannotReadIsReadThroughSQLite() throws {
        let database = try AppDatabase.inMemory()
        try database.openSemester("s", from: "2026-09-01", to: "2027-01-22")
        try database.openSurvey(semester: "s", form: "f", version: 1, digest: "d")
        for (index, overall) in ["4", "5", "4"].enumerated() {
            let response = SurveyResponse(
                version: 1, day: CalendarDate(dayNumber: 20_000), answers: ["aware": "yes", "overall": overall],
                groups: [:])
            try database.storeResponse(
                response, semester: "s", form: "f", turn: .holder("H\(index)"), holder: "H\(index)")
        }
        // Written by hand, with a number where the program writes text.
        try database.write { db in
            try db.execute(
                sql: #"UPDATE survey_response SET answers = '{"aware": "no", "overall": 5}' WHERE answers LIKE '%"5"%'"#
            )
        }
        let counts = try database.answerCounts(semester: "s", form: "f", questions: ["aware", "overall"])
        #expect(counts == ["aware": ["yes": 2, "no": 1], "overall": ["4": 2, "5": 1]])
    }
}
