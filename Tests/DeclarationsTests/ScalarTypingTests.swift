import Model
import Testing

@testable import Declarations

/// Scalars mean what their key declares, never what YAML 1.1 would guess: `15:30` is a time (not
/// the integer 930), `yes` is the text of a yes/no answer (not a boolean), `2021` is a title.
@Suite struct ScalarTypingTests {
    @Test func unquotedTimesStayTimes() throws {
        let policy = try #require(
            CatalogLoader.loadPolicy(
                text: """
                    policy: plain-times
                    days: [mon, tue]
                    segments:
                      - {id: activity, start: 15:30, end: 16:30}
                      - {id: latecare, start: 16:30, end: 17:45}
                    latest_end: 18:00
                    """
            ).value)
        #expect(policy.segments.map(\.start.description) == ["15:30", "16:30"])
        #expect(policy.segments.map(\.end.description) == ["16:30", "17:45"])
        #expect(policy.latestEnd == TimeOfDay(hour: 18, minute: 0))
    }

    @Test func yesAndNoStayText() throws {
        let form = try #require(
            CatalogLoader.loadForm(
                text: """
                    form: words
                    version: 1
                    title: 2021
                    questions:
                      - {id: aware, type: yes_no, default: yes, text: 了解吗}
                      - {id: mood, type: single, choices: [yes, no, on, off, null, ~], default: off, text: 心情}
                      - {id: note, type: text, default: no, text: 备注}
                    """
            ).value)
        #expect(form.title == LocalizedText("2021"))
        #expect(form.questions[0].defaultAnswer == "yes")
        #expect(form.questions[1].choices.map(\.value) == ["yes", "no", "on", "off", "null", "~"])
        #expect(form.questions[1].defaultAnswer == "off")
        #expect(form.questions[2].defaultAnswer == "no")
    }

    @Test func numbersAreReadByTheirKey() throws {
        let module = try #require(
            CatalogLoader.loadModule(
                text: """
                    module: numbers
                    version: 2
                    name: 0x10
                    segments: [activity]
                    grades: 3
                    capacity: {default: 012}
                    fields:
                      - {id: code, type: text, default: 1e3}
                      - {id: weight, type: decimal, default: .5}
                    templates:
                      - {title: 1.10, code: 007}
                    """
            ).value)
        #expect(module.version == 2)
        #expect(module.name == LocalizedText("0x10"))
        #expect(module.grades == GradeRange(lower: 3, upper: 3))
        #expect(module.capacity == ActivityModule.Capacity(default: 12, max: 12))
        #expect(module.fields[0].defaultValue == .text("1e3"))
        #expect(module.fields[1].defaultValue == .decimal(0.5))
        #expect(module.templates[0].title == LocalizedText("1.10"))
        #expect(module.templates[0]["code"] == .text("007"))
    }

    @Test func booleanKeysAcceptTrueFalseYesNo() throws {
        let form = try #require(
            CatalogLoader.loadForm(
                text: """
                    form: flags
                    version: 1
                    title: t
                    anonymous: no
                    questions:
                      - {id: a, type: text, required: yes, text: a}
                      - {id: b, type: text, required: false, text: b}
                    """
            ).value)
        #expect(form.anonymous == false)
        #expect(form.questions.map(\.required) == [true, false])
    }
}
