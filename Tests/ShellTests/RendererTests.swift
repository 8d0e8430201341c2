import Model
import Testing

@testable import Shell

@Suite struct RendererTests {
    let columns = [
        Column("id", zh: "编号", en: "id"), Column("title", zh: "名称", en: "title"),
        Column("capacity", zh: "容量", en: "capacity"),
    ]
    var records: [Record] {
        [
            Record(["id": .text("c1"), "title": .text("足球"), "capacity": .integer(24)]),
            Record(["id": .text("c22"), "title": .text("Chess, advanced"), "capacity": .integer(8)]),
            Record(["id": .text("c3"), "title": .text("书法 A"), "capacity": .null]),
        ]
    }

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("足球") == 4)
        #expect(DisplayWidth.of("书法 A") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth
        #expect(DisplayWidth.of("±") == 1)  // ambiguous counts one
        #expect(DisplayWidth.of("e\u{301}") == 1)  // combining accent takes no column
        #expect(DisplayWidth.pad("足球", to: 6) == "足球  ")
    }

    @Test func tableAlignsMixedChineseAndLatin() {
        let text = TableRenderer().render(.listing(columns: columns, records: records), language: .en)
        #expect(
            text == """
                id   title            capacity
                ---  ---------------  --------
                c1   足球             24
                c22  Chess, advanced  8
                c3   书法 A           -

                """)
    }

    @Test func tableHeadingsFollowTheLanguage() {
        let text = TableRenderer().render(.listing(columns: columns, records: Array(records.prefix(1))), language: .zh)
        #expect(text == "编号  名称  容量\n----  ----  ----\nc1    足球  24\n")
    }

    @Test func csvQuotesFieldsPerRFC4180() {
        let text = CSVRenderer().render(.listing(columns: columns, records: records), language: .en)
        #expect(text == "id,title,capacity\r\nc1,足球,24\r\nc22,\"Chess, advanced\",8\r\nc3,书法 A,\r\n")
        let quoted = CSVRenderer.field("say \"hi\"")
        #expect(quoted == "\"say \"\"hi\"\"\"")
    }

    @Test func jsonKeepsColumnOrderAndEscapes() {
        let text = JSONRenderer().render(.listing(columns: columns, records: records), language: .en)
        #expect(
            text == """
                [
                  {"id": "c1", "title": "足球", "capacity": 24},
                  {"id": "c22", "title": "Chess, advanced", "capacity": 8},
                  {"id": "c3", "title": "书法 A", "capacity": null}
                ]

                """)
        #expect(JSONRenderer.string("a\"b\\c\n\u{1}") == "\"a\\\"b\\\\c\\n\\u0001\"")
        #expect(JSONRenderer().render(.listing(columns: columns, records: []), language: .en) == "[]\n")
        #expect(
            JSONRenderer().render(.object(columns: columns, record: records[0]), language: .en)
                == "{\"id\": \"c1\", \"title\": \"足球\", \"capacity\": 24}\n")
    }

    @Test func emptyTableSaysSo() {
        #expect(TableRenderer().render(.listing(columns: columns, records: []), language: .en) == "(no rows)\n")
        #expect(TableRenderer().render(.listing(columns: columns, records: []), language: .zh) == "（没有记录）\n")
    }
}

/// A table wider than the terminal is printed as records, its long values wrapped in their column.
@Suite struct NarrowTerminalTests {
    static let wide = CommandResult.listing(
        columns: ["student", "name", "class", "state", "status", "room", "teacher"].map { Column($0, zh: $0, en: $0) },
        records: (1...3).map { index in
            Record([
                "student": .text("S000\(index)"), "name": .text("学生名字\(index)"), "class": .text("3-\(index)"),
                "state": .text("study_group"), "status": .text("gone home at 17:40 with 王奶奶 (grandmother)"),
                "room": .text("风雨操场 and the covered playground behind the hall"), "teacher": .text("王老师"),
            ])
        })

    @Test func aWideListingBecomesRecordsThatFitSixtyColumns() {
        let text = TableRenderer(maxWidth: 60).render(Self.wide, language: .en)
        #expect(text.hasPrefix("-[ RECORD 1 ]"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 60 })
        #expect(text.contains("status   gone home at 17:40 with 王奶奶"))
    }

    @Test func pipesAndWideTerminalsKeepTheTable() {
        let full = TableRenderer().render(Self.wide, language: .en)
        #expect(full.hasPrefix("student"))
        #expect(TableRenderer(maxWidth: 400).render(Self.wide, language: .en) == full)
    }
}
