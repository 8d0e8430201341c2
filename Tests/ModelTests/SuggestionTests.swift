import Testing

@testable import Model

@Suite struct SuggestionTests {
    @Test func closeMisspellingIsSuggested() {
        #expect(Suggestion.closest(to: "semster", among: ["semester", "student", "help"]) == "semester")
        #expect(Suggestion.closest(to: "gradee", among: ["grade_min", "grade_max", "title"]) == "grade_min")
        #expect(Suggestion.closest(to: "choise", among: ["choice", "text", "multi"]) == "choice")
    }

    @Test func farWordsAreNotSuggested() {
        #expect(Suggestion.closest(to: "zzzzzz", among: ["semester", "student"]) == nil)
    }

    @Test func distanceCountsSwaps() {
        #expect(Suggestion.distance("ab", "ba") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
    }

    @Test func languageFromLocale() {
        #expect(Language(localeIdentifier: "zh_CN.UTF-8") == .zh)
        #expect(Language(localeIdentifier: "en_US.UTF-8") == .en)
        #expect(Language(localeIdentifier: nil) == .en)
        #expect(LocalizedText(values: [.zh: "体育"]).text(.en) == "体育")
    }
}
