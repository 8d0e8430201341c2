import Model
import Testing

@testable import Reports

@Suite struct MonthPageTests {
    static func review() -> MonthReview {
        MonthReview(
            school: Policy.School(id: "js-demo", name: LocalizedText(zh: "金山区示范小学", en: "Jinshan Demo Primary School")),
            semester: "2026-autumn", month: "2027-01", serviceDays: 16, closedDays: 1,
            groups: [
                .init(
                    id: "rope", kind: "club", title: "跳绳", segment: "activity", teacher: "王老师", meetings: 3,
                    registers: 3, present: 57, absent: 3, leave: 2),
                .init(
                    id: "study-2-mon-latecare-1", kind: "study", title: "2 年级学习组 1", segment: "latecare", teacher: nil,
                    meetings: 3, registers: 2,
                    present: 40, absent: 0, leave: 1),
            ],
            clubs: [.init(id: "rope", title: "跳绳", capacity: 24, members: 20)],
            leaveRequests: 3, departures: 120, latePickups: 2, afterEnrolment: 4, overrides: 1,
            families: [.init(family: "P01", guardian: "林父", students: ["林一 (A01)"], latePickups: 2)],
            notes: [
                .init(
                    date: CalendarDate(year: 2027, month: 1, day: 18)!, kind: "override", subject: "冯七 (A07)",
                    text: "冯母<电话>确认", by: "T02")
            ])
    }

    @Test(arguments: Language.allCases)
    func thePageIsSelfContainedAndEscaped(language: Language) {
        let html = HTMLReport.render(month: Self.review(), language: language)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script") && !html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("@media print") && html.contains("<meta name=\"viewport\""))
        #expect(html.contains("冯母&lt;电话&gt;确认"))
        #expect(!html.contains("冯母<电话>"))
    }

    @Test func theFiguresAreOnThePage() {
        let html = HTMLReport.render(month: Self.review(), language: .zh)
        #expect(html.contains("金山区示范小学 · 课后服务月度回顾"))
        #expect(html.contains("97.0%"))  // 97 present of 100 counted
        #expect(html.contains("83.3%"))  // 20 of 24 places
        #expect(html.contains("2 / 3"))  // registers taken of meetings
        #expect(html.contains("林一 (A01)"))
    }

    @Test func theReviewCountsAttendanceWithoutChildrenOnLeave() {
        let review = Self.review()
        #expect(review.attendance.k == 97 && review.attendance.n == 100)
        #expect(review.registers == 5 && review.meetings == 6)
        #expect(review.leaveMarks == 3)
    }
}
