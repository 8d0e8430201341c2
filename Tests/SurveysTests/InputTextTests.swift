import Testing

@testable import Surveys

/// The fast paths of folding, trimming and splitting give what the general ones give.
@Suite("Typed text")
struct InputTextTests {
    @Test func foldingLeavesFoldedASCIIAloneAndFoldsTheRest() {
        #expect(InputText.folded("teacher child") == "teacher child")
        #expect(InputText.folded("Timing") == "timing")
        #expect(InputText.folded(" time\t") == "time")
        #expect(InputText.folded("\u{3000}ＴＩＭＥ ") == "time")
        #expect(InputText.folded("时间安排") == "时间安排")
        #expect(InputText.folded("") == "")
    }

    @Test func trimmingAndNormalizingChineseText() {
        #expect(InputText.trimmed("希望增加体育活动") == "希望增加体育活动")
        #expect(InputText.trimmed("\u{3000}好 ") == "好")
        #expect(InputText.trimmed("\u{A0}ok\u{2003}") == "ok")
        #expect(InputText.trimmed(" \r\n") == "")
        #expect(InputText.normalized("１，２") == "1,2")
        #expect(InputText.normalized(" 很好\u{3000}") == "很好")
        #expect(InputText.isSpace("\u{3000}") && InputText.isSpace("\u{A0}") && InputText.isSpace("\u{2028}"))
        #expect(!InputText.isSpace("好") && !InputText.isSpace("\u{FEFF}") && !InputText.isSpace("x"))
    }

    @Test func listPartsWithAndWithoutSeparators() {
        #expect(InputText.commaParts("teacher child") == ["teacher child"])
        #expect(InputText.commaParts("  ") == [])
        #expect(InputText.commaParts("a、b") == ["a", "b"])
        #expect(InputText.commaParts("a, b;c") == ["a", "b", "c"])
        #expect(InputText.commaParts("时间安排、 活动内容") == ["时间安排", "活动内容"])
        #expect(InputText.commaParts(",") == [])
        #expect(InputText.commaParts("一、") == ["一"])
    }
}
