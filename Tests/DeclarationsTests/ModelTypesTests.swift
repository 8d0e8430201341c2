import Model
import Testing

@Suite struct ModelTypesTests {
    @Test func timesOfDay() {
        #expect(TimeOfDay("15:30")?.minutes == 930)
        #expect(TimeOfDay("9:05")?.description == "09:05")
        #expect(TimeOfDay("00:00")?.minutes == 0)
        #expect(TimeOfDay("23:59")?.minutes == 1439)
        for bad in ["25:00", "24:00", "15:60", "1530", "15:3", "-1:00", "", "15:30:00", "１５:３０"] {
            #expect(TimeOfDay(bad) == nil, "\(bad)")
        }
    }

    @Test func gradeRanges() {
        #expect(GradeRange("1-5") == GradeRange(lower: 1, upper: 5))
        #expect(GradeRange("3")?.description == "3")
        #expect(GradeRange("3 - 5")?.description == "3-5")
        #expect(GradeRange("5-3") == nil)
        #expect(GradeRange("0-5") == nil)
        #expect(GradeRange("1-10") == nil)
        #expect(GradeRange.bounds(of: "5-3")! == (5, 3))
        #expect(GradeRange.bounds(of: "1-") == nil)
        #expect(GradeRange("1-5")!.contains(GradeRange("2-3")!))
        #expect(!GradeRange("1-5")!.contains(6))
    }

    @Test func weekdays() {
        #expect(Weekday.allCases.map(\.index) == Array(0..<7))
        #expect(Weekday.wed.name(.zh) == "周三")
        #expect(Weekday.sun.name(.en) == "Sunday")
        #expect(Weekday(index: 4) == .fri)
        #expect(CalendarDate("2021-02-22").flatMap { Weekday(index: $0.weekdayIndex) } == .mon)
    }

    @Test func fieldValuesReadLikeFlags() {
        #expect(FieldValue.days([.mon, .wed]).description == "mon,wed")
        #expect(FieldValue.grades(GradeRange("3-5")!).description == "3-5")
        #expect(FieldValue.decimal(2).description == "2")
        #expect(FieldValue.decimal(2.5).description == "2.5")
    }
}
